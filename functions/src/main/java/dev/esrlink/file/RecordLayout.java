package dev.esrlink.file;

import java.util.List;
import java.util.Optional;

/** The layout of one record type: its section (dat-in, dat-out, csv-in, csv-out) and fields. */
public record RecordLayout(String section, String recordType, List<FieldSpec> fields) {

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
