package dev.esrlink.file;

import dev.esrlink.core.LocalOffice;
import dev.esrlink.core.Text;
import dev.esrlink.tpn.Tpn;
import java.util.List;
import java.util.Map;

/**
 * Fields to a {@link DataRecord} by a {@link RecordLayout}, or to the first {@link Rejection} in
 * layout order. One mapper serves every record type: the layouts are data.
 */
public final class RecordMapper {
  private final String localOffice;
  private final FileType.Format format;

  /** A mapper for records of a file of this Local Office and format. */
  public RecordMapper(String localOffice, FileType.Format format) {
    this.localOffice = localOffice;
    this.format = format;
  }

  /**
   * Maps values by field name. {@code relaxed}: only the key field is required (LETB delete rows).
   */
  public ReadOutcome map(
      RecordLayout layout, long line, String key, Map<String, String> raw, boolean relaxed) {
    return map(layout, line, key, field -> raw.get(field.name()), relaxed);
  }

  /** Maps values found by field spec (a DAT record's position, a CSV column). */
  public ReadOutcome map(
      RecordLayout layout,
      long line,
      String key,
      java.util.function.Function<FieldSpec, String> raw,
      boolean relaxed) {
    List<FieldSpec> fields = layout.fields();
    String[] values = new String[fields.size()];
    for (int i = 0; i < values.length; i++) {
      FieldSpec field = fields.get(i);
      String value = Text.clean(raw.apply(field));
      boolean required = field.required() && (!relaxed || field == keyField(layout));
      if (value == null) {
        if (required) {
          return reject(layout, line, field, "required field is empty", key);
        }
        continue;
      }
      try {
        values[i] = normalise(field, value, layout, values);
      } catch (InvalidValueException e) {
        return reject(layout, line, field, e.getMessage(), key);
      }
      String problem = crossFieldProblem(field, i, values[i], layout, values);
      if (problem != null) {
        return reject(layout, line, field, problem, key);
      }
    }
    return new DataRecord(layout, line, key, values);
  }

  private static FieldSpec keyField(RecordLayout layout) {
    return layout.fields().get(0);
  }

  private String normalise(FieldSpec field, String value, RecordLayout layout, String[] earlier) {
    if (field.type() == FieldType.REGISTRATION) {
      int body = layout.bodyIndex();
      return FieldType.registration(value, body < 0 ? null : earlier[body]);
    }
    String normalised = field.type().normalise(value, format);
    if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(normalised)) {
      throw new InvalidValueException("must be one of " + String.join(", ", field.allowedValues()));
    }
    return normalised;
  }

  private String crossFieldProblem(
      FieldSpec field, int position, String value, RecordLayout layout, String[] values) {
    if (field.notBefore() != null) {
      int startIndex = layout.notBeforeIndex(position);
      String start = startIndex < 0 ? null : values[startIndex];
      if (start != null && value.compareTo(start) < 0) {
        return "date is before " + field.notBefore();
      }
    }
    if (field.type() == FieldType.TPN && localOffice != null) {
      if (value.startsWith(localOffice)
          && value.length() > localOffice.length()
          && value.charAt(localOffice.length()) == '/') {
        return null;
      }
      String tpnOffice = LocalOffice.ofTpn(value).orElse("");
      if (!tpnOffice.equals(localOffice)) {
        return "TPN belongs to Local Office " + tpnOffice + ", not to this file's " + localOffice;
      }
    }
    return null;
  }

  private static Rejection reject(
      RecordLayout layout, long line, FieldSpec field, String reason, String key) {
    return new Rejection(line, layout.recordType(), field.name(), reason, key);
  }

  /** The normalised TPN of a raw value, for keys of rejected records. */
  static String keyOf(String raw, FieldSpec keyField) {
    String clean = Text.clean(raw);
    return clean != null && keyField.type() == FieldType.TPN ? Tpn.normalise(clean) : clean;
  }
}
