package dev.esrlink.file;

import dev.esrlink.core.Text;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/** Iterates the data records of an inspected file: HDR, TRL and the column line are skipped. */
public final class RecordStream implements Iterator<ReadOutcome>, AutoCloseable {
  private final Inspection inspection;
  private final CsvTokenizer tokens;

  /** Why a LETB record holding a line break is rejected (CSV has no trailer count to check). */
  static final String LINE_BREAK =
      "a LETB field cannot hold a line break: check for an unclosed quote";

  /**
   * The record type a rejection shows for a type no layout knows: the text in its place may be
   * anything (an NI number, a date of birth, a surname) and is never repeated.
   */
  static final String UNKNOWN_TYPE = "UNKNOWN";

  private final ReadLimits limits;
  private final RecordMapper mapper;
  private final List<String> allowedTypes;
  private boolean started;
  private long remaining;

  RecordStream(Inspection inspection, CsvTokenizer tokens, ReadLimits limits) {
    this.inspection = inspection;
    this.tokens = tokens;
    this.limits = limits;
    FileName name = inspection.name();
    this.mapper = new RecordMapper(name.localOffice(), name.type().format());
    this.allowedTypes = Layouts.recordTypesOf(name.type());
    this.remaining = inspection.dataRecords();
  }

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      if (tokens.hasNext()) {
        tokens.next(); // the HDR or the column line, checked by the first pass
      }
    }
    return remaining > 0 && tokens.hasNext();
  }

  @Override
  public ReadOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CsvTokenizer.RawRecord raw = tokens.next();
    remaining--;
    return dat() ? mapDat(raw) : mapCsv(raw);
  }

  private boolean dat() {
    return inspection.header() != null;
  }

  private ReadOutcome mapDat(CsvTokenizer.RawRecord raw) {
    String type = DatInspector.type(raw);
    String key = raw.fields().size() > 1 ? Text.clean(raw.fields().get(1)) : null;
    String shownType = Layouts.of(type).isPresent() ? type : UNKNOWN_TYPE;
    if (!allowedTypes.contains(type)) {
      return new Rejection(
          raw.line(),
          shownType,
          "",
          "unknown record type for a " + inspection.name().type() + " file",
          null);
    }
    RecordLayout layout = Layouts.require(type);
    Rejection tooLong = tooLong(raw, layout, i -> i == 0 ? "" : fieldAt(layout, i + 1), key);
    if (tooLong != null) {
      return tooLong;
    }
    int expected = layout.fields().size() + 1;
    if (raw.fields().size() != expected) {
      return new Rejection(
          raw.line(),
          type,
          "",
          "record has " + raw.fields().size() + " fields, " + type + " has " + expected,
          key);
    }
    List<String> fields = raw.fields();
    return mapper.map(layout, raw.line(), key, field -> fields.get(field.position() - 1), false);
  }

  private ReadOutcome mapCsv(CsvTokenizer.RawRecord raw) {
    RecordLayout layout = Layouts.require(inspection.name().type().name());
    FieldSpec keyField = layout.fields().get(0);
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, Integer> column : inspection.columns().entrySet()) {
      int index = column.getValue();
      values.put(column.getKey(), index < raw.fields().size() ? raw.fields().get(index) : null);
    }
    String key = RecordMapper.keyOf(values.get(keyField.name()), keyField);
    for (int i = 0; i < raw.fields().size(); i++) {
      String value = raw.fields().get(i);
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        return new Rejection(raw.line(), layout.recordType(), columnName(i), LINE_BREAK, key);
      }
    }
    Rejection tooLong = tooLong(raw, layout, this::columnName, key);
    if (tooLong != null) {
      return tooLong;
    }
    int width = inspection.columnCount();
    if (raw.fields().size() > width) {
      return new Rejection(
          raw.line(),
          layout.recordType(),
          "",
          "record has " + raw.fields().size() + " fields, the column line has " + width,
          key);
    }
    if (raw.fields().size() > limits.maxFields()) {
      return new Rejection(
          raw.line(),
          layout.recordType(),
          "",
          "record has "
              + raw.fields().size()
              + " fields, more than the limit of "
              + limits.maxFields(),
          key);
    }
    String action = Text.clean(values.get("action"));
    boolean delete = action != null && "D".equals(action.toUpperCase(Locale.ROOT));
    return mapper.map(layout, raw.line(), key, values, delete);
  }

  /** The layout field read from a column, or empty for a column the layout does not know. */
  private String columnName(int index) {
    for (Map.Entry<String, Integer> column : inspection.columns().entrySet()) {
      if (column.getValue() == index) {
        return column.getKey();
      }
    }
    return "";
  }

  private static String fieldAt(RecordLayout layout, int position) {
    return position - 2 < layout.fields().size() ? layout.fields().get(position - 2).name() : "";
  }

  /** The first field longer than the limit, rejected whole: no field is cut. */
  private Rejection tooLong(
      CsvTokenizer.RawRecord raw,
      RecordLayout layout,
      java.util.function.IntFunction<String> fieldName,
      String key) {
    for (int i = 0; i < raw.fields().size(); i++) {
      if (raw.fields().get(i).length() > limits.maxFieldLength()) {
        return new Rejection(
            raw.line(),
            layout.recordType(),
            fieldName.apply(i),
            "field is longer than " + limits.maxFieldLength() + " characters",
            key == null || key.length() > limits.maxFieldLength() ? null : key);
      }
    }
    return null;
  }

  @Override
  public void close() {
    tokens.close();
  }
}
