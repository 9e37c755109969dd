package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/file-formats.md} is generated from the layouts, so the docs cannot drift from the
 * code; {@code docs/rejections.md} names every rule the reader can reject or quarantine for.
 * Regenerate the formats with {@code ./mvnw -o test -pl functions -Dtest=FormatDocsTest
 * -Desrlink.docs.write=true}.
 */
class FormatDocsTest {
  static final String REGENERATE =
      "./mvnw -o test -pl functions -Dtest=FormatDocsTest -Desrlink.docs.write=true";
  static final Map<String, String> SECTIONS =
      Map.of(
          "dat-in", "ESR to hub, DAT",
          "dat-out", "hub to ESR, DAT",
          "csv-in", "LETB to hub, CSV",
          "csv-out", "hub to LETB, CSV");

  /** The repository root: the nearest folder up from the working directory holding mvnw. */
  static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  @Test
  void fileFormatsMdIsGeneratedFromTheLayouts() throws IOException {
    Path doc = repository().resolve("docs/file-formats.md");
    String generated = render();
    if (Boolean.getBoolean("esrlink.docs.write")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
    }
    String current = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    assertThat(current)
        .as("docs/file-formats.md differs from layouts.txt; regenerate with: " + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void rejectionsMdNamesEveryRuleAndQuarantineReason() throws IOException {
    String doc =
        Files.readString(repository().resolve("docs/rejections.md"), StandardCharsets.UTF_8);
    List<String> texts = new ArrayList<>();
    for (FieldType type : FieldType.values()) {
      texts.add(type.rule());
    }
    texts.addAll(
        List.of(
            "a date is YYYYMMDD and must exist",
            "a date is YYYY-MM-DD and must exist",
            "required field is empty",
            "must be one of",
            "date is before",
            "TPN belongs to Local Office",
            "unknown record type for a",
            "record has",
            "the column line has",
            "more than the limit of",
            "ends with a lone CR: line ends are CRLF or LF",
            "a LETB field cannot hold a line break: check for an unclosed quote",
            "field is longer than",
            // quarantine reasons (every FileRejectedException of the file package)
            "file name has characters outside A-Z a-z 0-9 . _ -",
            "file name is not DE_<LO>_<TYPE>_<YYYYMMDD>_<SEQ8>.DAT or"
                + " LETB_<LO>_<TYPE>_<YYYYMMDD>_<SEQ6>.csv",
            "unknown Local Office",
            "file type",
            "file name date",
            "file is empty (0 bytes)",
            "file holds NUL bytes: unreadable",
            "is an outbound file type, not read by the hub",
            "file holds a NUL character on line",
            "is longer than the limit of",
            "file cannot be read as CSV",
            "file cannot be read:",
            "incomplete file: no HDR record",
            "is not a HDR record",
            "comes after the TRL",
            "incomplete file: no TRL record",
            "HDR must hold 5 fields: HDR,<TYPE>,<LO>,<SEQ>,<CREATED>",
            "HDR type or Local Office differs from the file name",
            "HDR sequence differs from the file name",
            "HDR CREATED is not a YYYYMMDDHHMMSS time that exists",
            "incomplete file: TRL count",
            "file has no column line",
            "the column line holds a line break: check for an unclosed quote on line 1",
            "required column",
            "full file would delete",
            "is not closed by the end of the file",
            "spans more than",
            // warnings
            "unknown column",
            "appears twice; the first is used"));
    List<String> missing = texts.stream().filter(t -> !doc.contains(t)).toList();
    assertThat(missing).as("texts missing from docs/rejections.md").isEmpty();
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Interface file formats\n\n")
        .append("<!-- GENERATED from functions/src/main/resources/dev/esrlink/file/layouts.txt")
        .append(" by FormatDocsTest. Do not edit by hand; regenerate with:\n     ")
        .append(REGENERATE)
        .append(" -->\n\n")
        .append("One table per record type, in the order of `layouts.txt`, the only definition of")
        .append(" the layouts (the reader, the writers and this page all use it). The common rules")
        .append(" (encoding, quoting, line ends, HDR/TRL, names) are in spec sections 2 to 4; what")
        .append(" each rejection means and how to fix it is in [rejections.md](rejections.md).\n\n")
        .append("- DAT fields are positional: position 1 is the record type. A DAT record with")
        .append(" more or fewer fields than its layout is rejected.\n")
        .append("- CSV columns are found by name (case-insensitive, any order); the position is")
        .append(" the column order of the files the hub writes. Required CSV fields are required")
        .append(" columns: a file without one is quarantined.\n")
        .append("- Required: an empty value is rejected (a LETB `D` row needs only its first")
        .append(" field).\n")
        .append("- Written by the hub: UTF-8 without BOM, CRLF after every line; in DAT files the")
        .append(" types ")
        .append(
            Arrays.stream(FieldType.values())
                .filter(FieldType::unquotedInDat)
                .map(FieldType::name)
                .collect(Collectors.joining(", ")))
        .append(" are written bare and every other type quoted; absent fields are empty.\n\n");
    for (RecordLayout layout : Layouts.all()) {
      md.append("## ")
          .append(layout.recordType())
          .append("\n\n")
          .append(SECTIONS.get(layout.section()))
          .append(", in ")
          .append(files(layout))
          .append(" files.\n\n")
          .append("| # | Field | Type | Required | Rule |\n")
          .append("|---|---|---|---|---|\n");
      if (layout.format() == FileType.Format.DAT) {
        md.append("| 1 | (record type) | | yes | `").append(layout.recordType()).append("` |\n");
      }
      for (FieldSpec field : layout.fields()) {
        md.append("| ")
            .append(field.position())
            .append(" | ")
            .append(field.name())
            .append(" | ")
            .append(field.type())
            .append(" | ")
            .append(field.required() ? "yes" : "")
            .append(" | ")
            .append(rule(field, layout.format()))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  static String files(RecordLayout layout) {
    String type = layout.recordType();
    List<String> files = new ArrayList<>();
    for (FileType file : FileType.values()) {
      boolean holds =
          file.inbound() && file.format() == FileType.Format.DAT
              ? Layouts.recordTypesOf(file).contains(type)
              : file.name().equals(type)
                  || (type.equals("NOT") && (file == FileType.DNC || file == FileType.DNF));
      if (holds) {
        files.add(file.name());
      }
    }
    return files.stream().collect(Collectors.joining(", "));
  }

  static String rule(FieldSpec field, FileType.Format format) {
    String rule =
        switch (field.type()) {
          case TEXT -> "text, trimmed";
          case DATE ->
              format == FileType.Format.DAT ? "YYYYMMDD, must exist" : "YYYY-MM-DD, must exist";
          case REGISTRATION -> field.type().rule() + " (other bodies: unchecked)";
          case VPD -> field.type().rule() + "; written as 3 digits (`96` as `096`)";
          case WTE -> field.type().rule() + "; written rounded half up to one decimal";
          default -> field.type().rule();
        };
    if (!field.allowedValues().isEmpty()) {
      rule =
          "one of "
              + field.allowedValues().stream()
                  .map(v -> "`" + v + "`")
                  .collect(Collectors.joining(", "));
    }
    if (field.notBefore() != null) {
      rule += "; not before " + field.notBefore();
    }
    return rule.replace("|", "\\|");
  }
}
