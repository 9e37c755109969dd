package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated files from the fixture corpus (bytes flipped, lines cut or repeated, fields
 * added or dropped, quotes inserted, files truncated, re-encoded) go through {@link
 * InboundFile#inspect} and {@link InboundFile#records}: nothing but {@link FileRejectedException}
 * may escape, and for every file not quarantined, read = applied + rejected (the second pass yields
 * exactly the first pass's data records, each a {@link DataRecord} or a {@link Rejection}, in line
 * order). The seed is fixed so a failure repeats; {@code -Desrlink.fuzz.cases=N} and {@code
 * -Desrlink.fuzz.seed=S} change the run.
 */
class FuzzTest {
  static final long SEED = Long.getLong("esrlink.fuzz.seed", 20260301L);
  static final int CASES = Integer.getInteger("esrlink.fuzz.cases", 3000);
  static final Pattern TRL_COUNT =
      Pattern.compile("incomplete file: TRL count .* differs from the (\\d+) data records read");
  static final List<Charset> ENCODINGS =
      List.of(
          Charset.forName("windows-1252"),
          StandardCharsets.ISO_8859_1,
          StandardCharsets.UTF_16LE,
          StandardCharsets.US_ASCII,
          StandardCharsets.UTF_8);
  static final String[] INSERTS = {
    ",", ",,", "\"", "\"\"", "\r\n", "\n", "\r", "\\", "\\\"", " ", "\u00A0", "é", "TRL,1", "HDR",
    "\uFEFF", "😀", "0", "-", "\t"
  };

  record Seed(String name, byte[] bytes) {}

  @Test
  void mutatedFilesAreRejectedOrQuarantinedNeverThrownAndAlwaysAddUp() throws IOException {
    List<Seed> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThan(10);
    Random random = new Random(SEED);
    int quarantined = 0;
    int read = 0;
    long records = 0;
    long rejections = 0;
    for (int n = 0; n < CASES; n++) {
      Seed seed = corpus.get(random.nextInt(corpus.size()));
      StringBuilder how = new StringBuilder();
      byte[] bytes = seed.bytes();
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        bytes = mutate(bytes, random, how);
      }
      String name = random.nextInt(50) == 0 ? mutateName(seed.name(), random, how) : seed.name();
      try {
        long[] counts = read(name, bytes, random.nextBoolean());
        if (counts == null) {
          quarantined++;
        } else {
          read++;
          records += counts[0];
          rejections += counts[1];
        }
      } catch (AssertionError | RuntimeException e) {
        fail(
            "case %d (seed %d) from %s, mutations [%s], bytes %s: %s",
            n,
            SEED,
            seed.name(),
            how,
            HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 2000)),
            e,
            e);
      }
    }
    System.out.printf(
        "fuzz: %d cases, %d quarantined, %d read (%d records, %d rejections)%n",
        CASES, quarantined, read, records, rejections);
    assertThat(read).as("some mutated files must get past inspection").isGreaterThan(CASES / 10);
    assertThat(quarantined).as("some mutated files must be quarantined").isGreaterThan(0);
  }

  /**
   * Inspects and reads one file; null when quarantined, else {records, rejections}. With {@code
   * repairTrl}, a file quarantined only for its TRL count is given the right count and read again,
   * so that mutated data records reach the record pass.
   */
  static long[] read(String name, byte[] bytes, boolean repairTrl) {
    Supplier<InputStream> opener = () -> new ByteArrayInputStream(bytes);
    Inspection inspection;
    try {
      inspection = InboundFile.inspect(name, ByteScan.of(opener.get()), opener, ReadLimits.DEFAULT);
    } catch (FileRejectedException e) {
      Matcher m = TRL_COUNT.matcher(e.getMessage());
      if (repairTrl && m.matches()) {
        byte[] repaired = repairTrl(bytes, m.group(1));
        if (repaired != null) {
          return read(name, repaired, false);
        }
      }
      return null;
    }
    long data = 0;
    long rejected = 0;
    long lastLine = 0;
    try (RecordStream stream = InboundFile.records(inspection, opener, ReadLimits.DEFAULT)) {
      while (stream.hasNext()) {
        ReadOutcome outcome = stream.next();
        assertThat(outcome).isNotNull();
        assertThat(outcome.line()).as("outcomes come in line order").isGreaterThan(lastLine);
        lastLine = outcome.line();
        if (outcome instanceof Rejection r) {
          assertThat(r.reason()).isNotBlank();
          assertThat(r.field()).isNotNull();
          rejected++;
        } else {
          data++;
        }
      }
    }
    assertThat(data + rejected).as("read = applied + rejected").isEqualTo(inspection.dataRecords());
    return new long[] {data, rejected};
  }

  /** Replaces the count of the last TRL line (in the file's bytes, ASCII) by the one read. */
  static byte[] repairTrl(byte[] bytes, String count) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("TRL,");
    if (at < 0) {
      return null;
    }
    int end = at + 4;
    while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
      end++;
    }
    return (text.substring(0, at) + "TRL," + count + text.substring(end))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
    if (bytes.length == 0) {
      how.append("empty;");
      return bytes;
    }
    int op = random.nextInt(11);
    int at = random.nextInt(bytes.length);
    List<byte[]> lines = lines(bytes);
    switch (op) {
      case 0 -> {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          copy[random.nextInt(copy.length)] = (byte) (random.nextInt(255) + 1);
        }
        how.append("flip ").append(flips).append(';');
        return copy;
      }
      case 1 -> {
        int line = random.nextInt(lines.size());
        lines.remove(line);
        how.append("drop line ").append(line + 1).append(';');
        return join(lines);
      }
      case 2 -> {
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        how.append("repeat line ").append(line + 1).append(';');
        return join(lines);
      }
      case 3 -> {
        how.append("truncate at ").append(at).append(';');
        return slice(bytes, 0, at);
      }
      case 4 -> {
        String insert = INSERTS[random.nextInt(INSERTS.length)];
        how.append("insert ").append(escape(insert)).append(" at ").append(at).append(';');
        return splice(bytes, at, 0, insert.getBytes(StandardCharsets.UTF_8));
      }
      case 5 -> {
        int comma = indexOf(bytes, (byte) ',', at);
        how.append("drop field separator at ").append(comma).append(';');
        return comma < 0 ? bytes : splice(bytes, comma, 1, new byte[0]);
      }
      case 6 -> {
        int comma = indexOf(bytes, (byte) ',', at);
        how.append("add field at ").append(comma).append(';');
        return comma < 0 ? bytes : splice(bytes, comma, 0, ",\"added\"".getBytes());
      }
      case 7 -> {
        Charset charset = ENCODINGS.get(random.nextInt(ENCODINGS.size()));
        how.append("re-encode as ").append(charset).append(';');
        return new String(bytes, StandardCharsets.UTF_8).getBytes(charset);
      }
      case 8 -> {
        boolean toLf = random.nextBoolean();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        text = toLf ? text.replace("\r\n", "\n") : text.replaceAll("(?<!\r)\n", "\r\n");
        how.append(toLf ? "CRLF to LF;" : "LF to CRLF;");
        return text.getBytes(StandardCharsets.ISO_8859_1);
      }
      case 9 -> {
        byte[] noise = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        how.append("insert high bytes at ").append(at).append(';');
        return splice(bytes, at, 0, noise);
      }
      default -> {
        int line = random.nextInt(lines.size());
        byte[] cut = lines.get(line);
        lines.set(line, slice(cut, 0, random.nextInt(cut.length + 1)));
        how.append("cut line ").append(line + 1).append(';');
        return join(lines);
      }
    }
  }

  static String mutateName(String name, Random random, StringBuilder how) {
    how.append("rename;");
    return switch (random.nextInt(4)) {
      case 0 -> name.replace("EOE", "XYZ");
      case 1 -> name.toLowerCase();
      case 2 -> name + ".bak";
      default -> name.replace("_0", "_9");
    };
  }

  /** Lines with their line ends, so that joining gives the bytes back. */
  static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(slice(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length || lines.isEmpty()) {
      lines.add(slice(bytes, start, bytes.length));
    }
    return lines;
  }

  static byte[] join(List<byte[]> lines) {
    int size = lines.stream().mapToInt(l -> l.length).sum();
    byte[] out = new byte[size];
    int at = 0;
    for (byte[] line : lines) {
      System.arraycopy(line, 0, out, at, line.length);
      at += line.length;
    }
    return out;
  }

  static byte[] slice(byte[] bytes, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(bytes, from, out, 0, out.length);
    return out;
  }

  static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }

  static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  /** The input files of every fixture, quarantined ones included. */
  static List<Seed> corpus() throws IOException {
    List<Seed> corpus = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(FixtureTest.root())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path input = FixtureTest.input(dir);
        corpus.add(new Seed(input.getFileName().toString(), Files.readAllBytes(input)));
      }
    }
    return corpus;
  }
}
