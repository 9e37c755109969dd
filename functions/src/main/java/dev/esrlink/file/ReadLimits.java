package dev.esrlink.file;

/**
 * Limits that protect the reader from poison input.
 *
 * @param maxLineLength longest physical line, in characters; a longer one makes the file unreadable
 * @param maxFields most fields in one record; a record with more is rejected
 */
public record ReadLimits(int maxLineLength, int maxFields) {
  public static final ReadLimits DEFAULT = new ReadLimits(65_536, 200);
}
