package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.core.Text;
import dev.esrlink.topology.Topology;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives the record back: generated records of every inbound layout are written
 * with {@link OutboundWriter} (the hub's own rendering: DAT text quoted, numbers and dates bare,
 * CSV quoted only when needed and formula-protected) and read back through {@link InboundFile}.
 * Every text field may hold quotes, commas, CR and LF (DAT only: a LETB field cannot hold a line
 * break), backslashes, no-break spaces and non-ASCII text (including characters outside the BMP).
 */
class RoundTripProperties {
  static final List<String> DAT_TYPES =
      List.of("POS", "POR", "ASG", "PERS", "ADD", "PBD", "ABS", "APC", "DCC");
  static final List<String> CSV_TYPES = List.of("POSTS", "TRAINEES", "PLACEMENTS");
  static final List<String> TOKENS =
      List.of(
          "a", "Z", "0", "9", " ", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\\", "\\\"", "'", "é",
          "ü", "ß", "Ł", "中", "😀", "\u00A0", "-", "=", "+", "@", "\t", "x y", "TRL", "HDR");

  /** One generated file: its record type, Local Office and records as normalised values. */
  record Generated(String recordType, String lo, List<Map<String, String>> records) {}

  @Property(tries = 400)
  void datRecordsRoundTrip(@ForAll("datFiles") Generated file) {
    roundTrip(file);
  }

  @Property(tries = 400)
  void csvRecordsRoundTrip(@ForAll("csvFiles") Generated file) {
    roundTrip(file);
  }

  static void roundTrip(Generated file) {
    RecordLayout layout = Layouts.require(file.recordType());
    boolean dat = layout.format() == FileType.Format.DAT;
    FileType fileType =
        dat
            ? switch (file.recordType()) {
              case "APC" -> FileType.APC;
              case "DCC" -> FileType.DCC;
              default -> FileType.RMF;
            }
            : FileType.valueOf(file.recordType());
    FileName name = new FileName(file.lo(), fileType, LocalDate.of(2026, 3, 1), 17);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutboundWriter writer =
        dat
            ? OutboundWriter.dat(
                out,
                new DatHeader(fileType, file.lo(), 17, LocalDateTime.of(2026, 3, 1, 6, 0)),
                file.recordType())
            : OutboundWriter.csv(out, fileType)) {
      file.records().forEach(writer::write);
    }
    byte[] bytes = out.toByteArray();
    Supplier<InputStream> opener = () -> new ByteArrayInputStream(bytes);
    Inspection inspection =
        InboundFile.inspect(name.render(), ByteScan.of(opener.get()), opener, ReadLimits.DEFAULT);
    assertThat(inspection.encodingName()).isEqualTo("UTF-8");
    assertThat(inspection.warnings()).isEmpty();
    assertThat(inspection.dataRecords()).isEqualTo(file.records().size());

    List<ReadOutcome> read = new ArrayList<>();
    try (RecordStream records = InboundFile.records(inspection, opener, ReadLimits.DEFAULT)) {
      records.forEachRemaining(read::add);
    }
    assertThat(read).hasSameSizeAs(file.records());
    long line = 2;
    // FastCSV counts a lone CR inside a quoted field inconsistently ("a\ra\na" is one line
    // break, "a\ra\ra" two); the spec's line ends are CRLF and LF, so start lines are checked
    // only for files without a lone CR (values are checked for every file).
    boolean loneCr =
        file.records().stream()
            .flatMap(r -> r.values().stream())
            .anyMatch(v -> v.replace("\r\n", "").indexOf('\r') >= 0);
    for (int i = 0; i < read.size(); i++) {
      Map<String, String> written = file.records().get(i);
      Map<String, String> expected = new LinkedHashMap<>();
      written.forEach((k, v) -> expected.put(k, dat ? v : CellSafety.protect(v)));
      assertThat(read.get(i)).isInstanceOf(DataRecord.class);
      DataRecord record = (DataRecord) read.get(i);
      assertThat(record.recordType()).isEqualTo(file.recordType());
      assertThat(record.values()).isEqualTo(expected);
      if (!loneCr) {
        assertThat(record.line()).as("physical start line").isEqualTo(line);
      }
      String first = expected.get(layout.fields().get(0).name());
      assertThat(record.key()).isEqualTo(first);
      line += expected.values().stream().mapToLong(RoundTripProperties::lineBreaks).sum() + 1;
    }
  }

  /** Line breaks of the spec: CRLF and LF. */
  static long lineBreaks(String value) {
    return value.chars().filter(c -> c == '\n').count();
  }

  @Provide
  Arbitrary<Generated> datFiles() {
    return files(DAT_TYPES);
  }

  @Provide
  Arbitrary<Generated> csvFiles() {
    return files(CSV_TYPES);
  }

  static Arbitrary<Generated> files(List<String> types) {
    return Combinators.combine(Arbitraries.of(types), Arbitraries.of(Topology.LOCAL_OFFICES))
        .flatAs(
            (type, lo) ->
                record(Layouts.require(type), lo)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(4)
                    .map(records -> new Generated(type, lo, records)));
  }

  static Arbitrary<Map<String, String>> record(RecordLayout layout, String lo) {
    List<Arbitrary<String>> fields = new ArrayList<>();
    for (FieldSpec field : layout.fields()) {
      Arbitrary<String> value = value(field, lo, layout.format() == FileType.Format.CSV);
      fields.add(field.required() ? value : value.injectNull(0.3));
    }
    return Combinators.combine(fields)
        .as(
            values -> {
              Map<String, String> record = new LinkedHashMap<>();
              for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                  record.put(layout.fields().get(i).name(), values.get(i));
                }
              }
              fixUp(layout, record);
              return record;
            });
  }

  /** Keeps cross-field rules: end dates not before their start, GDC numbers 1 to 6 digits. */
  static void fixUp(RecordLayout layout, Map<String, String> record) {
    for (FieldSpec field : layout.fields()) {
      String start = field.notBefore() == null ? null : record.get(field.notBefore());
      String end = record.get(field.name());
      if (start != null && end != null && end.compareTo(start) < 0) {
        record.put(field.name(), start);
      }
    }
    if ("GDC".equals(record.get("body")) && record.containsKey("registrationNumber")) {
      record.put("registrationNumber", record.get("registrationNumber").substring(1));
    }
  }

  static Arbitrary<String> value(FieldSpec field, String lo, boolean csv) {
    if (field.name().equals("body")) {
      return Arbitraries.of("GMC", "GDC", "NMC", "HCPC");
    }
    if (!field.allowedValues().isEmpty()) {
      return Arbitraries.of(field.allowedValues());
    }
    return switch (field.type()) {
      case TEXT -> text(field.required(), csv);
      case CODE -> Arbitraries.strings().withChars("ABCXYZ0189").ofMinLength(1).ofMaxLength(6);
      case DIGITS -> Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9);
      case NUMBER -> Arbitraries.longs().between(0, 999_999).map(String::valueOf);
      case INDICATOR -> Arbitraries.of("C", "D");
      case ACTION -> Arbitraries.of("U", "D");
      case TPN -> tpn(lo);
      case GMC, REGISTRATION -> Arbitraries.strings().numeric().ofLength(7);
      case GDC -> Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
      case NI -> ni();
      case VPD -> Arbitraries.integers().between(0, 999).map(String::valueOf);
      case WTE ->
          Arbitraries.integers()
              .between(1, 10)
              .map(i -> BigDecimal.valueOf(i, 1).stripTrailingZeros().toPlainString());
      case DATE ->
          Arbitraries.longs()
              .between(
                  LocalDate.of(1940, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
              .map(day -> LocalDate.ofEpochDay(day).toString());
      case TIMESTAMP -> throw new IllegalStateException("no inbound TIMESTAMP field");
    };
  }

  /** Text in its normal form (trimmed, non-empty) built from awkward tokens. */
  static Arbitrary<String> text(boolean required) {
    return text(required, false);
  }

  /** {@code oneLine}: no CR or LF (a LETB field cannot hold a line break). */
  static Arbitrary<String> text(boolean required, boolean oneLine) {
    List<String> allowed =
        oneLine
            ? TOKENS.stream().filter(t -> t.indexOf('\r') < 0 && t.indexOf('\n') < 0).toList()
            : TOKENS;
    Arbitrary<String> text =
        Arbitraries.of(allowed)
            .list()
            .ofMaxSize(12)
            .map(tokens -> Text.clean(String.join("", tokens)));
    return required ? text.filter(t -> t != null) : text;
  }

  static Arbitrary<String> tpn(String lo) {
    Arbitrary<String> segment =
        Arbitraries.strings().withChars("ABCDEFGHJKRSTXZ0123456789-").ofMinLength(1).ofMaxLength(6);
    return segment
        .list()
        .ofMinSize(2)
        .ofMaxSize(4)
        .map(segments -> lo + "/" + String.join("/", segments))
        .filter(t -> t.length() <= 30);
  }

  static Arbitrary<String> ni() {
    Arbitrary<String> prefix =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofLength(2)
            .filter(p -> !List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ").contains(p));
    return Combinators.combine(
            prefix, Arbitraries.strings().numeric().ofLength(6), Arbitraries.of("A", "B", "C", "D"))
        .as((p, digits, suffix) -> p + digits + suffix);
  }
}
