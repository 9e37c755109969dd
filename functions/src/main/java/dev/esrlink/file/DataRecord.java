package dev.esrlink.file;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** A valid data record: normalised values by field name (absent fields are not in the map). */
public record DataRecord(String recordType, long line, String key, Map<String, String> values)
    implements ReadOutcome {

  public DataRecord {
    values = Collections.unmodifiableMap(values);
  }

  /** The normalised value, or null when absent. */
  public String get(String field) {
    return values.get(field);
  }

  public Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /** Whether the change indicator or action says delete. */
  public boolean deletes() {
    return "D".equals(values.get("ind")) || "D".equals(values.get("action"));
  }
}
