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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The parse micro-benchmark (JMH), run by {@code bench} in a JVM on a function's classpath (the
 * packaged functions jar and its libraries, then this module's jar and JMH): the functions' read
 * path over an RMF's bytes held in memory (the record pass of {@link InboundFile#records}:
 * tokenize, map, validate, normalise) against the bare FastCSV tokenizer over the same bytes, and
 * the file-level checks that precede the record pass ({@link ByteScan}, {@link
 * InboundFile#inspect}) apart. JMH forks a JVM, warms each method up and reports its mean time.
 *
 * <p>{@link #main} prints one line: {@code parse records=.. fullMs=.. checksMs=.. tokenizerMs=..
 * ratio=.. bestRatio=..}, the ratio being the tokenizer's mean time over the read path's (records/s
 * of the read path over the tokenizer's), the best ratio the same of their fastest iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgs = "-XX:+UseSerialGC")
public class ParseBench {

  /** The RMF to read. */
  @Param("")
  public String file;

  private String name;
  private byte[] bytes;
  private Inspection inspection;

  @Setup
  public void read() throws IOException {
    Path path = Path.of(file);
    name = path.getFileName().toString();
    bytes = Files.readAllBytes(path);
    inspection = checks(name, opener());
  }

  /** The record pass: every record tokenized, mapped, validated and normalised. */
  @Benchmark
  public long readPath() {
    return recordPass(inspection, opener());
  }

  /** The file-level checks before any record is applied: bytes, name, HDR/TRL or columns. */
  @Benchmark
  public Inspection fileChecks() {
    return checks(name, opener());
  }

  /** The bare FastCSV tokenizer over the same bytes; returns the lines tokenized. */
  @Benchmark
  public long tokenizer() throws IOException {
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

  private Supplier<InputStream> opener() {
    return () -> new ByteArrayInputStream(bytes);
  }

  private static Inspection checks(String name, Supplier<InputStream> opener) {
    return InboundFile.inspect(name, ByteScan.of(opener.get()), opener, ReadLimits.DEFAULT);
  }

  private static long recordPass(Inspection inspection, Supplier<InputStream> opener) {
    long seen = 0;
    try (RecordStream stream = InboundFile.records(inspection, opener, ReadLimits.DEFAULT)) {
      while (stream.hasNext()) {
        if (stream.next() != null) {
          seen++;
        }
      }
    }
    return seen;
  }

  /** Runs the three benchmarks on the RMF {@code args[0]} and prints the {@code parse} line. */
  public static void main(String[] args) throws IOException, RunnerException {
    ParseBench records = new ParseBench();
    records.file = args[0];
    records.read();
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include("^" + Pattern.quote(ParseBench.class.getName()) + "\\.")
                    .param("file", Path.of(args[0]).toAbsolutePath().toString())
                    .build())
            .run();
    double full = score(results, "readPath");
    double tokenizer = score(results, "tokenizer");
    System.out.printf(
        Locale.ROOT,
        "parse records=%d fullMs=%.3f checksMs=%.3f tokenizerMs=%.3f ratio=%.3f bestRatio=%.3f%n",
        records.readPath(),
        full,
        score(results, "fileChecks"),
        tokenizer,
        tokenizer / full,
        best(results, "tokenizer") / best(results, "readPath"));
  }

  private static double score(Collection<RunResult> results, String method) {
    return result(results, method).getPrimaryResult().getScore();
  }

  /** The fastest measured iteration of a benchmark (its mean time per call in that iteration). */
  private static double best(Collection<RunResult> results, String method) {
    return result(results, method).getAggregatedResult().getIterationResults().stream()
        .mapToDouble(i -> i.getPrimaryResult().getScore())
        .min()
        .orElseThrow();
  }

  private static RunResult result(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .findFirst()
        .orElseThrow(() -> new UncheckedIOException(new IOException("JMH ran no " + method)));
  }
}
