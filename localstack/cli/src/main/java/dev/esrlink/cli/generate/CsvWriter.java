package dev.esrlink.cli.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes an LETB CSV file (spec section 4): column names, then rows; RFC 4180 quoting. */
final class CsvWriter implements AutoCloseable {

  private final BufferedWriter out;
  private long rows;

  CsvWriter(Path file, List<String> columns) {
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    line(columns);
  }

  void row(String... cells) {
    line(Arrays.asList(cells));
    rows++;
  }

  long rows() {
    return rows;
  }

  private void line(List<String> cells) {
    List<String> encoded = new ArrayList<>(cells.size());
    for (String cell : cells) {
      encoded.add(encode(cell));
    }
    try {
      out.write(String.join(",", encoded));
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(String cell) {
    if (cell == null) {
      return "";
    }
    boolean quote =
        cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
