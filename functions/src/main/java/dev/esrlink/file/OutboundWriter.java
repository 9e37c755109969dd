package dev.esrlink.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes an outbound file, UTF-8 without BOM, CRLF after every line. DAT: HDR, data records with
 * text quoted and numbers and dates bare, TRL with the count. CSV: the column line, then cells
 * quoted only when they hold a comma, a quote, CR or LF, and protected against formulas.
 */
public final class OutboundWriter implements AutoCloseable {
  private final Writer out;
  private final RecordLayout layout;
  private final boolean dat;
  private long records;

  private OutboundWriter(OutputStream stream, RecordLayout layout) {
    this.out =
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    this.layout = layout;
    this.dat = layout.format() == FileType.Format.DAT;
  }

  /** A DAT file of records of {@code recordType}, opened with its HDR. */
  public static OutboundWriter dat(OutputStream stream, DatHeader header, String recordType) {
    OutboundWriter writer = new OutboundWriter(stream, Layouts.require(recordType));
    writer.line(header.render());
    return writer;
  }

  /** A LETB CSV file of the given type, opened with its column line. */
  public static OutboundWriter csv(OutputStream stream, FileType type) {
    OutboundWriter writer = new OutboundWriter(stream, Layouts.require(type.name()));
    writer.line(String.join(",", writer.layout.fieldNames()));
    return writer;
  }

  /** Writes one record from normalised values by field name. */
  public void write(Map<String, String> values) {
    StringBuilder line = new StringBuilder(256);
    if (dat) {
      line.append(layout.recordType());
    }
    List<FieldSpec> fields = layout.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (dat || i > 0) {
        line.append(',');
      }
      FieldSpec field = fields.get(i);
      String value = field.type().render(values.get(field.name()), layout.format());
      line.append(dat ? datCell(field, value) : csvCell(value));
    }
    line(line.toString());
    records++;
  }

  public long records() {
    return records;
  }

  private static String datCell(FieldSpec field, String value) {
    if (value == null) {
      return "";
    }
    return field.type().unquotedInDat() ? value : quote(value);
  }

  private static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    String safe = CellSafety.protect(value);
    boolean needsQuotes =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\r') >= 0
            || safe.indexOf('\n') >= 0;
    return needsQuotes ? quote(safe) : safe;
  }

  private static String quote(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
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
    if (dat) {
      line("TRL," + records);
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
