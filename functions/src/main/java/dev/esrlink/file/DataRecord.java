package dev.esrlink.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A valid data record: normalised values held by layout position (absent fields are null), read by
 * field name. An array, not a map, because millions of records pass through here.
 */
public final class DataRecord implements ReadOutcome {
  private final RecordLayout layout;
  private final long line;
  private final String key;
  private final String[] values;

  DataRecord(RecordLayout layout, long line, String key, String[] values) {
    this.layout = layout;
    this.line = line;
    this.key = key;
    this.values = values;
  }

  @Override
  public String recordType() {
    return layout.recordType();
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public String key() {
    return key;
  }

  /** The normalised value, or null when absent or not a field of this record type. */
  public String get(String field) {
    int index = layout.indexOf(field);
    return index < 0 ? null : values[index];
  }

  public Optional<String> value(String field) {
    return Optional.ofNullable(get(field));
  }

  /** Present values by field name, in layout order. */
  public Map<String, String> values() {
    Map<String, String> present = new LinkedHashMap<>();
    forEachValue(present::put);
    return Collections.unmodifiableMap(present);
  }

  /** Calls back with each present value, in layout order. */
  public void forEachValue(BiConsumer<String, String> action) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        action.accept(layout.fields().get(i).name(), values[i]);
      }
    }
  }

  /** Whether the change indicator or action says delete. */
  public boolean deletes() {
    return "D".equals(get("ind")) || "D".equals(get("action"));
  }

  @Override
  public String toString() {
    return "DataRecord[" + recordType() + " line " + line + " key " + key + "]";
  }
}
