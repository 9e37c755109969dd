package dev.esrlink.file;

import dev.esrlink.core.EsrLinkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The record layouts, read once from {@code layouts.txt}, the only place they are defined. */
public final class Layouts {
  private static final Map<String, RecordLayout> BY_TYPE = load();

  private Layouts() {}

  /** The layout of a record type ({@code POS}, {@code APP}, {@code PLACEMENTS}, ...). */
  public static Optional<RecordLayout> of(String recordType) {
    return Optional.ofNullable(BY_TYPE.get(recordType));
  }

  public static RecordLayout require(String recordType) {
    return of(recordType).orElseThrow(() -> new EsrLinkException("no layout for " + recordType));
  }

  /** Every layout, in the order of the data file. */
  public static List<RecordLayout> all() {
    return List.copyOf(BY_TYPE.values());
  }

  /** The inbound DAT record types a file of the given type may hold. */
  public static List<String> recordTypesOf(FileType type) {
    return switch (type) {
      case RMF, RMC -> List.of("POS", "POR", "ASG", "PERS", "ADD", "PBD", "ABS");
      case APC -> List.of("APC");
      case DCC -> List.of("DCC");
      default -> List.of(type.name());
    };
  }

  private static Map<String, RecordLayout> load() {
    try (InputStream in = Layouts.class.getResourceAsStream("layouts.txt")) {
      if (in == null) {
        throw new EsrLinkException("layouts.txt is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, RecordLayout> layouts = new LinkedHashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          RecordLayout layout = parseLine(line.trim());
          layouts.put(layout.recordType(), layout);
        }
      }
      return layouts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RecordLayout parseLine(String line) {
    String[] words = line.split("\\s+");
    boolean dat = words[0].startsWith("dat");
    List<FieldSpec> fields = new ArrayList<>();
    for (int i = 2; i < words.length; i++) {
      fields.add(parseField(words[i], dat ? i : i - 1));
    }
    return new RecordLayout(words[0], words[1], List.copyOf(fields));
  }

  private static FieldSpec parseField(String word, int position) {
    boolean required = word.endsWith("!");
    String rest = required ? word.substring(0, word.length() - 1) : word;
    String notBefore = null;
    int gt = rest.indexOf('>');
    if (gt >= 0) {
      notBefore = rest.substring(gt + 1);
      rest = rest.substring(0, gt);
    }
    List<String> values = List.of();
    int eq = rest.indexOf('=');
    if (eq >= 0) {
      values = Arrays.asList(rest.substring(eq + 1).split("\\|"));
      rest = rest.substring(0, eq);
    }
    int colon = rest.indexOf(':');
    String name = colon < 0 ? rest : rest.substring(0, colon);
    FieldType type = colon < 0 ? FieldType.TEXT : FieldType.valueOf(rest.substring(colon + 1));
    return new FieldSpec(position, name, type, required, List.copyOf(values), notBefore);
  }
}
