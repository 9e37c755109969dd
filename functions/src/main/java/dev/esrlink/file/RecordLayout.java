package dev.esrlink.file;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of one record type: its section (dat-in, dat-out, csv-in, csv-out) and fields; {@code
 * index} gives a field's position by name, {@code notBefore} the position of the field each field
 * must not precede (-1 for none), {@code bodyIndex} the position of the registration body (-1 for
 * none), all worked out once, not per record.
 */
public record RecordLayout(
    String section,
    String recordType,
    List<FieldSpec> fields,
    Map<String, Integer> index,
    List<Integer> notBefore,
    int bodyIndex) {

  public RecordLayout(String section, String recordType, List<FieldSpec> fields) {
    this(section, recordType, fields, indexOf(fields));
  }

  private RecordLayout(
      String section, String recordType, List<FieldSpec> fields, Map<String, Integer> index) {
    this(
        section,
        recordType,
        fields,
        index,
        notBefore(fields, index),
        index.getOrDefault("body", -1));
  }

  private static List<Integer> notBefore(List<FieldSpec> fields, Map<String, Integer> index) {
    return fields.stream()
        .map(f -> f.notBefore() == null ? -1 : index.getOrDefault(f.notBefore(), -1))
        .toList();
  }

  /** The position of the field the field at {@code position} must not precede, or -1. */
  public int notBeforeIndex(int position) {
    return notBefore.get(position);
  }

  private static Map<String, Integer> indexOf(List<FieldSpec> fields) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      index.put(fields.get(i).name(), i);
    }
    return Map.copyOf(index);
  }

  /** The position of a field in {@link #fields()}, or -1. */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public List<String> fieldNames() {
    return fields.stream().map(FieldSpec::name).toList();
  }

  /** The required fields (for CSV: the required columns). */
  public List<FieldSpec> requiredFields() {
    return fields.stream().filter(FieldSpec::required).toList();
  }

  /** The format of files holding this record type. */
  public FileType.Format format() {
    return section.startsWith("dat") ? FileType.Format.DAT : FileType.Format.CSV;
  }
}
