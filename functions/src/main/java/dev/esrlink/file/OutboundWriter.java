package dev.esrlink.file;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes an interface file through FastCSV, UTF-8 without BOM, CRLF after every line. DAT: HDR,
 * data records with text quoted and numbers, codes and dates bare, TRL with the count. CSV: the
 * column line, then cells quoted only when they hold a comma, a quote, CR or LF.
 *
 * <p>The hub's own files are written from a layout ({@link #dat}, {@link #csv}: values rendered by
 * field type, LETB cells protected against formulas). The synthetic inbound files of {@code
 * esrlink-local generate} are written cell by cell ({@link #datCells}, {@link #csvCells}), as the
 * partners would write them, deliberate faults included.
 */
public final class OutboundWriter implements AutoCloseable {
  /**
   * FastCSV quotes a first cell that starts with its comment character; interface files have no
   * comments, so it is set to NUL, which no cell holds.
   */
  private static final char NO_COMMENTS = '\0';

  private final CsvWriter out;
  private final DatQuoting quoting;
  private final RecordLayout layout;
  private long records;

  /** A DAT cell: its value (null for absent) and whether it is quoted (text) or bare. */
  public record Cell(String value, boolean quoted) {
    /** A text cell: quoted, inner quotes doubled; absent when null. */
    public static Cell text(String value) {
      return new Cell(value, value != null);
    }

    /** A code, number or date: as it is; absent when null. */
    public static Cell bare(Object value) {
      return new Cell(value == null ? null : value.toString(), false);
    }
  }

  /** Which cells of the record being written are quoted (DAT); nothing beyond need (CSV). */
  private static final class DatQuoting implements QuoteStrategy {
    private boolean[] quoted = new boolean[0];

    @Override
    public boolean quoteEmpty(int lineNo, int fieldIdx) {
      return fieldIdx < quoted.length && quoted[fieldIdx];
    }

    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return fieldIdx < quoted.length && quoted[fieldIdx];
    }
  }

  private OutboundWriter(OutputStream stream, RecordLayout layout, boolean dat) {
    this.quoting = dat ? new DatQuoting() : null;
    CsvWriter.CsvWriterBuilder builder =
        CsvWriter.builder()
            .commentCharacter(NO_COMMENTS)
            .lineDelimiter(LineDelimiter.CRLF)
            .bufferSize(64 * 1024);
    if (quoting != null) {
      builder.quoteStrategy(quoting);
    }
    this.out = builder.build(stream, StandardCharsets.UTF_8);
    this.layout = layout;
  }

  /** A DAT file of records of {@code recordType}, opened with its HDR. */
  public static OutboundWriter dat(OutputStream stream, DatHeader header, String recordType) {
    OutboundWriter writer = new OutboundWriter(stream, Layouts.require(recordType), true);
    writer.bare(header.render().split(",", -1));
    return writer;
  }

  /** A LETB CSV file of the given type, opened with its column line. */
  public static OutboundWriter csv(OutputStream stream, FileType type) {
    OutboundWriter writer = new OutboundWriter(stream, Layouts.require(type.name()), false);
    writer.out.writeRecord(writer.layout.fieldNames());
    return writer;
  }

  /** A DAT file written cell by cell ({@link #record}), opened with an HDR of these fields. */
  public static OutboundWriter datCells(OutputStream stream, String... headerFields) {
    OutboundWriter writer = new OutboundWriter(stream, null, true);
    List<String> fields = new ArrayList<>(List.of("HDR"));
    fields.addAll(Arrays.asList(headerFields));
    writer.bare(fields.toArray(String[]::new));
    return writer;
  }

  /** A CSV file written cell by cell ({@link #row}), opened with its column line. */
  public static OutboundWriter csvCells(OutputStream stream, List<String> columns) {
    OutboundWriter writer = new OutboundWriter(stream, null, false);
    writer.out.writeRecord(columns);
    return writer;
  }

  /** Writes one record of the layout from normalised values by field name. */
  public void write(Map<String, String> values) {
    List<FieldSpec> fields = layout.fields();
    FileType.Format format = layout.format();
    if (quoting == null) {
      List<String> cells = new ArrayList<>(fields.size());
      for (FieldSpec field : fields) {
        cells.add(CellSafety.protect(field.type().render(values.get(field.name()), format)));
      }
      out.writeRecord(cells);
    } else {
      Cell[] cells = new Cell[fields.size()];
      for (int i = 0; i < cells.length; i++) {
        FieldSpec field = fields.get(i);
        String value = field.type().render(values.get(field.name()), format);
        cells[i] = field.type().unquotedInDat() ? Cell.bare(value) : Cell.text(value);
      }
      writeDat(layout.recordType(), cells);
    }
    records++;
  }

  /** Writes one DAT record of {@code recordType} from its cells ({@link #datCells} files). */
  public void record(String recordType, Cell... cells) {
    writeDat(recordType, cells);
    records++;
  }

  /** Writes one CSV row from its cells ({@link #csvCells} files). */
  public void row(String... cells) {
    out.writeRecord(cells);
    records++;
  }

  public long records() {
    return records;
  }

  private void writeDat(String recordType, Cell[] cells) {
    boolean[] quoted = new boolean[cells.length + 1];
    String[] values = new String[cells.length + 1];
    values[0] = recordType;
    for (int i = 0; i < cells.length; i++) {
      values[i + 1] = cells[i].value();
      quoted[i + 1] = cells[i].quoted();
    }
    quoting.quoted = quoted;
    out.writeRecord(values);
  }

  private void bare(String... fields) {
    quoting.quoted = new boolean[0];
    out.writeRecord(fields);
  }

  @Override
  public void close() {
    try {
      if (quoting != null) {
        bare("TRL", Long.toString(records));
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
