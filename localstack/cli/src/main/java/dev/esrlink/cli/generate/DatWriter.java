package dev.esrlink.cli.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes a DAT file (spec section 3): {@code HDR}, data records, {@code TRL} with their count; text
 * quoted, codes, numbers and dates not; CRLF line ends.
 */
final class DatWriter implements AutoCloseable {

  static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final BufferedWriter out;
  private long records;

  DatWriter(Path file, String type, String lo, String seq, String created) {
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      line("HDR," + type + "," + lo + "," + seq + "," + created);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** One data record: its fields, already encoded with {@link #text} or {@link #raw}. */
  void record(String... fields) {
    line(String.join(",", fields));
    records++;
  }

  long records() {
    return records;
  }

  /** A text field: quoted, inner quotes doubled; absent when null. */
  static String text(String value) {
    return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** A code, number or date: as it is; absent when null. */
  static String raw(Object value) {
    return value == null ? "" : value.toString();
  }

  static String date(LocalDate date) {
    return date == null ? "" : date.format(DATE);
  }

  private void line(String text) {
    try {
      out.write(text);
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    line("TRL," + records);
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
