package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixtures as data: every folder under {@code fixtures/} holds one inbound file, named like a real
 * interface file, and {@code expected.txt} (format in {@code fixtures/README.md}). The file goes
 * through {@link InboundFile#inspect} and {@link InboundFile#records} exactly as the hub reads it.
 */
class FixtureTest {
  static final String EXPECTED = "expected.txt";

  static Path root() {
    try {
      return Path.of(FixtureTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs
          .filter(Files::isDirectory)
          .sorted()
          .map(dir -> Arguments.of(dir.getFileName().toString(), dir))
          .toList()
          .stream();
    }
  }

  /** The one input file of a fixture folder. */
  static Path input(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> inputs =
          files.filter(f -> !f.getFileName().toString().equals(EXPECTED)).sorted().toList();
      assertThat(inputs).as("exactly one input file in %s", dir).hasSize(1);
      return inputs.get(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fixture(String name, Path dir) throws IOException {
    Path input = input(dir);
    Expected expected = Expected.parse(dir.resolve(EXPECTED));
    byte[] bytes = Files.readAllBytes(input);
    Supplier<InputStream> opener = () -> new ByteArrayInputStream(bytes);
    ByteScan scan = ByteScan.of(opener.get());
    String fileName = input.getFileName().toString();

    if (expected.quarantine() != null) {
      assertThatThrownBy(() -> InboundFile.inspect(fileName, scan, opener, expected.limits()))
          .isInstanceOf(FileRejectedException.class)
          .hasMessage(expected.quarantine());
      return;
    }
    Inspection inspection = InboundFile.inspect(fileName, scan, opener, expected.limits());
    if (expected.encoding() != null) {
      assertThat(inspection.encodingName()).as("encoding").isEqualTo(expected.encoding());
    }
    assertThat(inspection.warnings()).as("warnings").isEqualTo(expected.warnings());

    List<ReadOutcome> outcomes = new ArrayList<>();
    try (RecordStream records = InboundFile.records(inspection, opener, expected.limits())) {
      records.forEachRemaining(outcomes::add);
    }
    assertThat((long) outcomes.size())
        .as("read = applied + rejected: outcomes against the first pass's data records")
        .isEqualTo(inspection.dataRecords());

    List<String> actual = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      String want = i < expected.outcomes().size() ? expected.outcomes().get(i) : null;
      actual.add(render(outcomes.get(i), want));
    }
    assertThat(actual).as("outcomes of %s", fileName).isEqualTo(expected.outcomes());
  }

  /** Renders an outcome in the expected.txt form, with the fields the expected line names. */
  static String render(ReadOutcome outcome, String want) {
    if (outcome instanceof Rejection r) {
      return String.join(
          " | ",
          "reject",
          String.valueOf(r.line()),
          Expected.escape(r.recordType()),
          r.field().isEmpty() ? "-" : r.field(),
          Expected.escape(r.reason()));
    }
    DataRecord record = (DataRecord) outcome;
    List<String> parts = new ArrayList<>();
    parts.add("record");
    parts.add(String.valueOf(record.line()));
    parts.add(record.recordType());
    parts.add(record.key() == null ? "-" : Expected.escape(record.key()));
    List<String> fields =
        want != null && want.startsWith("record")
            ? Expected.fieldNames(want)
            : List.copyOf(record.values().keySet());
    for (String field : fields) {
      String value = record.get(field);
      parts.add(field + "=" + (value == null ? "" : Expected.escape(value)));
    }
    return String.join(" | ", parts);
  }

  @Test
  void theFixtureFormatRoundTripsEscapes() {
    String raw = "a\\b|c\r\nd\u00A0e ü";
    assertThat(Expected.unescape(Expected.escape(raw))).isEqualTo(raw);
    assertThat(Expected.escape(raw)).isEqualTo("a\\\\b\\|c\\r\\nd\\u00A0e ü");
  }

  /** The parsed expected.txt of one fixture. */
  record Expected(
      String quarantine,
      String encoding,
      ReadLimits limits,
      List<String> warnings,
      List<String> outcomes) {

    static Expected parse(Path file) {
      String quarantine = null;
      String encoding = null;
      ReadLimits limits = ReadLimits.DEFAULT;
      List<String> warnings = new ArrayList<>();
      List<String> outcomes = new ArrayList<>();
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String line : lines) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> parts = split(trimmed);
        switch (parts.get(0)) {
          case "quarantine" -> quarantine = unescape(parts.get(1));
          case "encoding" -> encoding = parts.get(1);
          case "limits" ->
              limits =
                  parts.size() > 3
                      ? new ReadLimits(
                          Integer.parseInt(parts.get(1)),
                          Integer.parseInt(parts.get(2)),
                          Integer.parseInt(parts.get(3)),
                          Integer.parseInt(parts.get(4)))
                      : new ReadLimits(
                          Integer.parseInt(parts.get(1)), Integer.parseInt(parts.get(2)));
          case "warning" -> warnings.add(unescape(parts.get(1)));
          case "record", "reject" ->
              outcomes.add(
                  String.join(" | ", parts.stream().map(p -> escape(unescape(p))).toList()));
          default -> throw new IllegalArgumentException(file + ": unknown line kind: " + line);
        }
      }
      return new Expected(quarantine, encoding, limits, warnings, outcomes);
    }

    /** Field names of a {@code record} line, in the order given. */
    static List<String> fieldNames(String recordLine) {
      List<String> parts = split(recordLine);
      List<String> names = new ArrayList<>();
      for (String part : parts.subList(4, parts.size())) {
        int eq = part.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("not field=value: " + part + " in " + recordLine);
        }
        names.add(part.substring(0, eq));
      }
      return names;
    }

    /** Splits on unescaped {@code |} and trims each part; escapes stay as written. */
    static List<String> split(String line) {
      List<String> parts = new ArrayList<>();
      StringBuilder part = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          part.append(c).append(line.charAt(++i));
        } else if (c == '|') {
          parts.add(part.toString().strip());
          part.setLength(0);
        } else {
          part.append(c);
        }
      }
      parts.add(part.toString().strip());
      return parts;
    }

    private static final Map<Character, String> ESCAPES =
        Map.of('\\', "\\\\", '|', "\\|", '\r', "\\r", '\n', "\\n", '\t', "\\t");

    /**
     * Writes a value in expected.txt form: \\ \| \r \n \t, other controls and odd spaces as a
     * u-escape.
     */
    static String escape(String value) {
      StringBuilder out = new StringBuilder();
      for (char c : value.toCharArray()) {
        String escaped = ESCAPES.get(c);
        if (escaped != null) {
          out.append(escaped);
        } else if (Character.isISOControl(c)
            || (Character.isSpaceChar(c) && c != ' ')
            || c == '\uFEFF'
            || c == '\uFFFD') {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    static String unescape(String value) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '\\' || i + 1 == value.length()) {
          out.append(c);
          continue;
        }
        char n = value.charAt(++i);
        switch (n) {
          case 'r' -> out.append('\r');
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(n);
        }
      }
      return out.toString();
    }
  }
}
