package dev.esrlink.file;

/**
 * Limits that protect the reader from poison input.
 *
 * @param maxLineLength longest physical line, in characters; a longer one makes the file unreadable
 * @param maxFields most fields in one record; a record with more is rejected
 * @param maxFieldLength longest value of one field, in characters; a record with a longer one is
 *     rejected
 * @param maxQuotedLines most lines one quoted field may span; a file with a wider one is
 *     quarantined (an unclosed quote swallowing the records after it)
 */
public record ReadLimits(int maxLineLength, int maxFields, int maxFieldLength, int maxQuotedLines) {
  public static final int FIELD_LENGTH = 4_000;
  public static final int QUOTED_LINES = 50;
  public static final ReadLimits DEFAULT = new ReadLimits(65_536, 200);

  public ReadLimits(int maxLineLength, int maxFields) {
    this(maxLineLength, maxFields, FIELD_LENGTH, QUOTED_LINES);
  }
}
