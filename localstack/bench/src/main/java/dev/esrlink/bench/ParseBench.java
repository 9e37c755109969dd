package dev.esrlink.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.esrlink.file.ByteScan;
import dev.esrlink.file.InboundFile;
import dev.esrlink.file.Inspection;
import dev.esrlink.file.ReadLimits;
import dev.esrlink.file.RecordStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The parse part of the benchmark, run in its own JVM on a function's classpath (the packaged
 * functions jar and its libraries, then the CLI jar): the read path of the functions (the record
 * pass of {@link InboundFile#records}: tokenize, map, validate, normalise) against the bare FastCSV
 * tokenizer over the same bytes, one right after the other in each of 21 rounds, after warm-up: the
 * median of the rounds' ratios (each round's two halves see the same state of a shared machine),
 * and the best round of each. The file-level checks that precede it ({@link ByteScan}, {@link
 * InboundFile#inspect}) are timed apart.
 *
 * <p>Prints one line: {@code parse records=.. fullMs=.. checksMs=.. tokenizerMs=.. rounds=..
 * medianRatio=..}.
 */
public final class ParseBench {

  private ParseBench() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 21;
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    long records = 0;
    for (int i = 0; i < warmups || (i < 2_000 && i * (long) bytes.length < 100_000_000L); i++) {
      records = fullReadPath(name, bytes);
      tokenizer(bytes);
    }
    long bestFull = Long.MAX_VALUE;
    long bestChecks = Long.MAX_VALUE;
    long bestTokenizer = Long.MAX_VALUE;
    long tokenized = 0;
    double[] ratios = new double[rounds];
    Supplier<InputStream> opener = () -> new ByteArrayInputStream(bytes);
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      Inspection inspection = checks(name, opener);
      bestChecks = Math.min(bestChecks, System.nanoTime() - start);
      start = System.nanoTime();
      records = recordPass(inspection, opener);
      long full = System.nanoTime() - start;
      bestFull = Math.min(bestFull, full);
      start = System.nanoTime();
      tokenized = tokenizer(bytes);
      long bare = System.nanoTime() - start;
      bestTokenizer = Math.min(bestTokenizer, bare);
      ratios[i] = (double) bare / full;
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "parse records=%d tokenized=%d fullMs=%.2f checksMs=%.2f tokenizerMs=%.2f rounds=%d"
            + " medianRatio=%.3f%n",
        records,
        tokenized,
        bestFull / 1e6,
        bestChecks / 1e6,
        bestTokenizer / 1e6,
        rounds,
        ratios[rounds / 2]);
  }

  /** The functions' read path: byte scan, inspection, every record mapped; returns the records. */
  static long fullReadPath(String name, byte[] bytes) {
    Supplier<InputStream> opener = () -> new ByteArrayInputStream(bytes);
    return recordPass(checks(name, opener), opener);
  }

  /** The file-level checks before any record is applied: bytes, name, HDR/TRL or columns. */
  static Inspection checks(String name, Supplier<InputStream> opener) {
    return InboundFile.inspect(name, ByteScan.of(opener.get()), opener, ReadLimits.DEFAULT);
  }

  /** The record pass: every record tokenized, mapped, validated and normalised. */
  static long recordPass(Inspection inspection, Supplier<InputStream> opener) {
    ReadLimits limits = ReadLimits.DEFAULT;
    long seen = 0;
    try (RecordStream stream = InboundFile.records(inspection, opener, limits)) {
      while (stream.hasNext()) {
        if (stream.next() != null) {
          seen++;
        }
      }
    }
    return seen;
  }

  /** The bare FastCSV tokenizer over the same bytes; returns the lines tokenized. */
  static long tokenizer(byte[] bytes) throws IOException {
    long seen = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      for (CsvRecord record : reader) {
        seen += record.getFieldCount() > 0 ? 1 : 0;
      }
    }
    return seen;
  }
}
