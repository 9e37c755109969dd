package dev.esrlink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esrlink.cli.EventLines;
import dev.esrlink.cli.HubFailure;
import dev.esrlink.cli.LocalHub;
import dev.esrlink.cli.UsageError;
import dev.esrlink.cli.generate.SyntheticSet;
import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code esrlink-local bench}: the figures that show where the hub's time goes (parsing is cheap;
 * DynamoDB calls and start-up cost), measured in one run on data from {@code generate}, as ratios
 * against their floors (docs/benchmarks.md).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the hub on a generated set: parse rate against the bare tokenizer, ingest time"
          + " against bare batch writes, DynamoDB writes per record of a first load and of an"
          + " unchanged re-ingest, peak heap and time at N and 4N, and function cold start."
          + " Ends with one 'bench:' line. Takes minutes at national scale."
    })
public final class BenchCommand implements Callable<Integer> {

  static final int DEFAULT_TRAINEES = 60_000;

  /** The clock of the generated data and of the functions: a fixed one, so runs compare. */
  static final Instant CLOCK = Instant.parse("2025-03-03T09:00:00Z");

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @Option(
      names = "--trainees",
      paramLabel = "N",
      description = "Trainees over all Local Offices (default 60000, national scale).")
  int trainees = DEFAULT_TRAINEES;

  @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default 1).")
  long seed = 1;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Folder for the generated files and logs (default: a new temporary one).")
  Path work;

  @Option(
      names = "--cost-only",
      description =
          "Only the counted part: units against their floors and the cost of a national day"
              + " (docs/benchmarks.md); no timed part.")
  boolean costOnly;

  private final Map<String, String> figures = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (trainees < Topology.LOCAL_OFFICES.size()) {
      throw new UsageError("--trainees must be at least " + Topology.LOCAL_OFFICES.size());
    }
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("bench-");
    say("bench: work folder " + dir.toAbsolutePath());

    SyntheticSet generator = new SyntheticSet(seed, CLOCK);
    say("bench: generating " + trainees + " trainees, all Local Offices");
    List<GeneratedFile> set =
        generator.write(dir.resolve("n"), Topology.LOCAL_OFFICES, trainees, n -> {});
    GeneratedFile rmf =
        set.stream()
            .filter(f -> f.path().getFileName().toString().contains("_RMF_"))
            .max(Comparator.comparingLong(GeneratedFile::records))
            .orElseThrow();
    if (costOnly) {
      CostRun.measure(dir, set, this::put);
      printLine();
      return 0;
    }
    String lo = rmf.localOffice();
    int posts = postsOf(lo);
    List<String> others = Topology.LOCAL_OFFICES.stream().filter(o -> !o.equals(lo)).toList();
    String bigLo = others.get(0);
    say("bench: largest RMF " + rmf.path().getFileName() + " (" + rmf.records() + " records)");
    say(
        "bench: generating "
            + bigLo
            + " at 4N ("
            + 4 * posts
            + " posts, as "
            + lo
            + " has "
            + posts
            + ")");
    List<GeneratedFile> big =
        generator.write(dir.resolve("4n"), List.of(bigLo), 4 * posts, n -> {});
    Map<String, List<GeneratedFile>> tiny = new LinkedHashMap<>();
    for (String small : others.subList(1, 9)) {
      tiny.put(small, generator.write(dir.resolve("tiny-" + small), List.of(small), 2, n -> {}));
    }
    Path reingest = nextSequence(rmf.path(), dir.resolve("reingest"));

    parse(rmf.path());

    boolean archives = LocalHub.useClassArchives(fresh(dir.resolve("cds")));
    say(
        "bench: starting the emulators (function JVMs as the CLI starts them, "
            + (archives
                ? "class data archives in " + dir.resolve("cds")
                : "no class data archives: ESRLINK_FUNCTION_CDS=off")
            + ")");
    try (LocalHub hub = LocalHub.open(CLOCK)) {
      List<GeneratedFile> warm = tiny.get(others.get(1));
      LogReader log = new LogReader(hub.logDir().resolve(functionOf(rmf.path()) + ".log"));
      long first = millis(hub.upload(warm.get(0).path()).eventNanos());
      say(
          "bench: first event "
              + first
              + " ms (emulators just started, the function JVM recording its class data archive)");
      put("first_event_ms", first);
      for (GeneratedFile file : warm.subList(1, warm.size())) {
        hub.upload(file.path());
      }
      hub.dailyJobs(warm.get(0).localOffice());
      warmUp(hub, set, others.get(9));
      coldStarts(
          hub, dir, others.subList(2, 9).stream().map(o -> tiny.get(o).get(0).path()).toList());
      List<String> rounds = new ArrayList<>();
      Map<String, Long> roundIngestMs = new LinkedHashMap<>();
      for (String office : others.subList(10, 12)) {
        Round round = pairedRound(hub, log, office(set, office).get(0));
        rounds.add(round.ratio());
        roundIngestMs.put(office, round.ingestMs());
      }
      Scale n = scale("N", hub, log, office(set, lo), true);
      rounds.add(0, ratio(n.ingestMs, n.floor.ms()));
      Floor.Others floor = n.others;
      log.skip();
      hub.upload(reingest);
      JsonNode again = log.next("file.done");
      long reRequests = again.path("dynamoRequests").asLong();
      long reWrites = again.path("itemWrites").asLong();
      say(
          "bench: re-ingest "
              + outcome(reingest, again)
              + ", "
              + reRequests
              + " requests, "
              + reWrites
              + " item writes");
      Scale n4 = scale("4N", hub, log, big, false);
      String second = others.get(10);
      long secondN =
          roundIngestMs.get(second)
              + letbFilesAndJobs(hub, "N after 4N", office(set, second), roundIngestMs.get(second));
      say(
          "bench: heap, apart from the timed ingests: the N RMF, the 4N RMF and the N RMF's"
              + " re-ingest again, in an "
              + functionOf(rmf.path())
              + " JVM of their own with the heap hook and "
              + String.join(" ", HeapRuns.JAVA_OPTIONS)
              + ", into a new table");
      List<HeapRuns.Peak> heap =
          HeapRuns.measure(
              hub, dir, functionOf(rmf.path()), List.of(rmf.path(), big.get(0).path(), reingest));

      put("records", n.records);
      put("ingest_vs_floor", median(rounds));
      put("ingest_vs_floor_rounds", String.join("/", rounds));
      put("reingest_writes_per_record", ratio(reWrites, n.records));
      put("heap_growth", ratio(heap.get(1).afterGcBytes(), heap.get(0).afterGcBytes()));
      put("scaling", ratio(n4.totalMs, (n.totalMs + secondN) / 2.0));
      put("records_4n", n4.records);
      put("ingest_ms", n.ingestMs);
      put("floor_ms", n.floor.ms());
      put("floor_items", n.floor.items());
      put("read_floor_ms", n.floor.readMs());
      put("ingest_vs_read_write_floor", ratio(n.ingestMs, n.floor.ms() + n.floor.readMs()));
      put("ingest_vs_compare_floor", ratio(n.ingestMs, floor.compareMs()));
      put("compare_floor_ms", floor.compareMs());
      put("ingest_vs_sequential_floor", ratio(n.ingestMs, floor.sequentialMs()));
      put("sequential_floor_ms", floor.sequentialMs());
      put("ingest_vs_keys_only_floor", ratio(n.ingestMs, floor.keysOnlyMs()));
      put("keys_only_floor_ms", floor.keysOnlyMs());
      put("first_requests_per_record", ratio(n.firstRequests, n.records));
      put("first_writes_per_record", ratio(n.firstWrites, n.records));
      put("reingest_requests_per_record", ratio(reRequests, n.records));
      put("peak_heap_mb", mb(heap.get(0).afterGcBytes()));
      put("peak_heap_4n_mb", mb(heap.get(1).afterGcBytes()));
      put("peak_heap_reingest_mb", mb(heap.get(2).afterGcBytes()));
      put(
          "heap_run_gc_share",
          ratio(heap.get(0).fullGcMs() + heap.get(0).youngGcMs(), heap.get(0).ms()));
      put("t_n_ms", n.totalMs);
      put("t_n_after_4n_ms", secondN);
      put("scaling_vs_first_n", ratio(n4.totalMs, n.totalMs));
      put("t_4n_ms", n4.totalMs);
      put("ingest_4n_ms", n4.ingestMs);
      put("status_n", n.status);
      put("status_4n", n4.status);
      put("reingest_status", again.path("status").asText());
      put("heap_statuses", String.join("/", heap.stream().map(HeapRuns.Peak::status).toList()));
    }
    CostRun.measure(dir, set, this::put);
    printLine();
    return 0;
  }

  /** The one {@code bench:} line: the {@link #KEYS} first, then every other figure. */
  private void printLine() {
    StringBuilder line = new StringBuilder("bench:");
    List<String> order = new ArrayList<>(List.of("records", "parse_vs_tokenizer"));
    order.addAll(KEYS.subList(2, KEYS.size()));
    figures.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
    for (String key : order) {
      if (figures.containsKey(key)) {
        line.append(' ').append(key).append('=').append(figures.get(key));
      }
    }
    LocalHub.line(line.toString());
  }

  /** The keys the final line always starts with. */
  public static final List<String> KEYS =
      List.of(
          "records",
          "parse_vs_tokenizer",
          "ingest_vs_floor",
          "reingest_writes_per_record",
          "heap_growth",
          "scaling",
          "cold_start_ms",
          "units_vs_floor_first",
          "units_vs_floor_daily",
          "reingest_write_units",
          "cost_national_day_usd",
          "cost_national_year_usd",
          "cost_year_parts");

  /**
   * Part 6 on warm emulators: new JVMs of the function as the CLI starts them, each to its answer
   * to a small S3 event. The first records the function's class data archive (as the first CLI call
   * after a build does), the next five map it (every later call; the median is {@code
   * cold_start_ms}), the last runs without an archive.
   */
  private void coldStarts(LocalHub hub, Path dir, List<Path> smallFiles) throws IOException {
    Path archives = fresh(dir.resolve("cds-cold"));
    Path logs = Files.createDirectories(dir.resolve("cold-logs"));
    long recording = millis(hub.coldStart(smallFiles.get(0), logs, Optional.of(archives)));
    List<Long> mapped = new ArrayList<>();
    for (Path file : smallFiles.subList(1, 6)) {
      mapped.add(millis(hub.coldStart(file, logs, Optional.of(archives))));
    }
    long without = millis(hub.coldStart(smallFiles.get(6), logs, Optional.empty()));
    Path again = nextSequence(smallFiles.get(0), dir.resolve("cold-again"));
    long firstCall = millis(hub.coldStart(again, logs, Optional.of(LocalHub.buildArchiveFolder())));
    long median = mapped.stream().sorted().toList().get(2);
    say(
        "bench: cold start (warm emulators): recording the class data archive "
            + recording
            + " ms; with it "
            + mapped
            + " ms, median "
            + median
            + " ms; without an archive "
            + without
            + " ms; the first call after a build (the archive recorded at package time, an"
            + " unchanged re-delivery) "
            + firstCall
            + " ms");
    put("cold_start_ms", median);
    put("cold_start_first_call_ms", firstCall);
    put("cold_start_recording_ms", recording);
    put("cold_start_no_archive_ms", without);
  }

  /** An empty folder (the archives of an earlier run removed, so runs compare). */
  private static Path fresh(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    return Files.createDirectories(folder);
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /**
   * Ingests another office's RMF of the same set before measuring, as the floor's client writes a
   * warm-up batch first: both sides are then measured with their code compiled, not interpreted.
   */
  private void warmUp(LocalHub hub, List<GeneratedFile> set, String office)
      throws IOException, InterruptedException {
    GeneratedFile warmRmf =
        set.stream()
            .filter(f -> f.localOffice().equals(office))
            .filter(f -> f.path().getFileName().toString().contains("_RMF_"))
            .findFirst()
            .orElseThrow();
    long ms = TimeUnit.NANOSECONDS.toMillis(hub.upload(warmRmf.path()).eventNanos());
    say(
        "bench: warm-up ingest "
            + warmRmf.path().getFileName()
            + " ("
            + warmRmf.records()
            + " records) "
            + ms
            + " ms");
  }

  /**
   * Part 1, the parse micro-benchmark ({@link ParseBench}, JMH) in a JVM on the functions'
   * classpath plus this module's jar and JMH: the read path against the tokenizer.
   */
  private void parse(Path rmf) throws IOException, InterruptedException {
    say(
        "bench: parse (JMH in a JVM on the functions' classpath: the read path, the file checks and"
            + " the bare tokenizer, each warmed up, then its mean time)");
    Path jar = Path.of(HeapWatch.jar());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC",
            "-cp",
            String.join(
                File.pathSeparator,
                LocalHub.functionClasspath(),
                jar.toString(),
                jar.resolveSibling("lib").resolve("*").toString()),
            ParseBench.class.getName(),
            rmf.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new HubFailure("the parse benchmark failed: " + output.trim());
    }
    Map<String, String> values =
        keyValues(
            output
                .lines()
                .filter(l -> l.startsWith("parse "))
                .findFirst()
                .orElseThrow(
                    () -> new HubFailure("the parse benchmark printed no result: " + output)));
    double records = Double.parseDouble(values.get("records"));
    double fullMs = Double.parseDouble(values.get("fullMs"));
    double tokenizerMs = Double.parseDouble(values.get("tokenizerMs"));
    double checksMs = Double.parseDouble(values.get("checksMs"));
    say(
        String.format(
            Locale.ROOT,
            "bench: parse  read path %.3f ms (%.0f records/s), tokenizer %.3f ms (%.0f records/s),"
                + " file checks before it %.3f ms (JMH means); ratio %s",
            fullMs,
            records / fullMs * 1000,
            tokenizerMs,
            records / tokenizerMs * 1000,
            checksMs,
            values.get("ratio")));
    put("all_passes_vs_tokenizer", ratio(tokenizerMs, fullMs + checksMs));
    put("parse_vs_tokenizer", values.get("ratio"));
    put("parse_best_vs_best", values.get("bestRatio"));
    put("parse_records_per_s", Math.round(records / fullMs * 1000));
    put("tokenizer_records_per_s", Math.round(records / tokenizerMs * 1000));
  }

  /** What one stack measured at one scale. */
  private static final class Scale {
    long records;
    long ingestMs;
    long totalMs;
    long firstRequests;
    long firstWrites;
    String status;
    Floor.Parallel floor;
    Floor.Others others;
  }

  /**
   * The timed ingest of an office's RMF, then its LETB files and daily jobs. With {@code floor},
   * the RMF's floors (as the hub sends, one call at a time, keys only) are measured right after its
   * ingest, from one read of its items (untimed here).
   */
  private Scale scale(
      String label, LocalHub hub, LogReader log, List<GeneratedFile> office, boolean floor)
      throws IOException {
    Scale s = new Scale();
    log.skip();
    long start = System.nanoTime();
    hub.upload(office.get(0).path());
    s.ingestMs = millisSince(start);
    JsonNode done = log.next("file.done");
    s.records = done.path("read").asLong();
    s.firstRequests = done.path("dynamoRequests").asLong();
    s.firstWrites = done.path("itemWrites").asLong();
    s.status = done.path("status").asText();
    if (!"APPLIED".equals(s.status)) {
      say(
          "bench: "
              + label
              + ": WARNING the RMF was "
              + s.status
              + " (see the function's log), the "
              + label
              + " figures do not measure an ingest");
    }
    say(
        "bench: "
            + label
            + ": ingest "
            + office.get(0).path().getFileName()
            + " "
            + s.ingestMs
            + " ms, "
            + s.records
            + " records, "
            + s.firstRequests
            + " requests, "
            + s.firstWrites
            + " item writes");
    if (floor) {
      Path rmf = office.get(0).path();
      List<Map<String, AttributeValue>> items =
          Floor.itemsOf(hub.dynamoDb(), rmf.getFileName().toString());
      s.floor = Floor.parallel(hub.dynamoDb(), items);
      say(floorLine(s.floor, s.ingestMs));
      s.others = Floor.others(hub.dynamoDb(), items);
      say(
          "bench: floor of "
              + rmf.getFileName()
              + " read and written chunk by chunk as the hub's compare does "
              + s.others.compareMs()
              + " ms ("
              + ratio(s.ingestMs, s.others.compareMs())
              + "), one call at a time "
              + s.others.sequentialMs()
              + " ms, one at a time into a table without indexes "
              + s.others.keysOnlyMs()
              + " ms");
    }
    s.totalMs = s.ingestMs + letbFilesAndJobs(hub, label, office, s.ingestMs);
    return s;
  }

  /**
   * The office's LETB files, then its daily jobs, timed; prints the total with the RMF's ingest
   * time ({@code ingestMs}) and each step's time; returns the LETB files' and jobs' time.
   */
  private static long letbFilesAndJobs(
      LocalHub hub, String label, List<GeneratedFile> office, long ingestMs) {
    long start = System.nanoTime();
    List<String> steps = new ArrayList<>();
    for (GeneratedFile file : office.subList(1, office.size())) {
      long upload = System.nanoTime();
      hub.upload(file.path());
      steps.add(file.path().getFileName() + " " + millisSince(upload) + " ms");
    }
    hub.dailyJobs(office.get(0).localOffice())
        .forEach(
            (job, nanos) -> steps.add(job + " " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms"));
    long ms = millisSince(start);
    say(
        "bench: "
            + label
            + ": ingest + LETB files + daily jobs "
            + (ingestMs + ms)
            + " ms (RMF "
            + ingestMs
            + " ms, "
            + String.join(", ", steps)
            + ")");
    return ms;
  }

  /**
   * A first load of another office's RMF of the set (about the size of the largest), then its floor
   * at once: one round of {@code ingest_vs_floor}; returns the round's ratio.
   */
  private Round pairedRound(LocalHub hub, LogReader log, GeneratedFile rmf) throws IOException {
    log.skip();
    long start = System.nanoTime();
    hub.upload(rmf.path());
    long ingestMs = millisSince(start);
    JsonNode done = log.next("file.done");
    Floor.Parallel floor =
        Floor.parallel(
            hub.dynamoDb(), Floor.itemsOf(hub.dynamoDb(), rmf.path().getFileName().toString()));
    say(
        "bench: round "
            + outcome(rmf.path(), done)
            + ": ingest "
            + ingestMs
            + " ms; "
            + floorLine(floor, ingestMs).substring("bench: ".length()));
    return new Round(ratio(ingestMs, floor.ms()), ingestMs);
  }

  /** "name STATUS, n records" from a file's {@code file.done} log line. */
  private static String outcome(Path file, JsonNode done) {
    return file.getFileName()
        + " "
        + done.path("status").asText()
        + ", "
        + done.path("read").asLong()
        + " records";
  }

  /** One round of {@code ingest_vs_floor}: its ratio, and the time of its RMF's ingest. */
  private record Round(String ratio, long ingestMs) {}

  private static String floorLine(Floor.Parallel floor, long ingestMs) {
    return "bench: floor "
        + floor.ms()
        + " ms for the "
        + floor.items()
        + " items the ingest wrote (bare BatchWriteItem of 25, "
        + Floor.PARALLEL
        + " at a time as the hub sends them, into an empty table of the same definition): "
        + ratio(ingestMs, floor.ms())
        + "; reading their keys from an empty table as the compare read does "
        + floor.readMs()
        + " ms";
  }

  /** The middle one of the ratios (the lower middle of an even count; "n/a" ones left out). */
  static String median(List<String> ratios) {
    List<String> sorted =
        ratios.stream()
            .filter(r -> !r.equals("n/a"))
            .sorted(Comparator.comparingDouble(Double::parseDouble))
            .toList();
    return sorted.isEmpty() ? "n/a" : sorted.get((sorted.size() - 1) / 2);
  }

  /** The files of one office in the generated set, the RMF first. */
  private static List<GeneratedFile> office(List<GeneratedFile> set, String lo) {
    return set.stream().filter(f -> f.localOffice().equals(lo)).toList();
  }

  private int postsOf(String lo) {
    int i = Topology.LOCAL_OFFICES.indexOf(lo);
    int offices = Topology.LOCAL_OFFICES.size();
    return Math.max(1, trainees / offices + (i < trainees % offices ? 1 : 0));
  }

  private static String functionOf(Path file) {
    String name = file.getFileName().toString();
    return Topology.functionFor(Bucket.ESR_INBOUND, name).orElseThrow().exportName();
  }

  /**
   * The same RMF as a new object: the next sequence in its name and HDR, created an hour later, the
   * same records.
   */
  static Path nextSequence(Path rmf, Path dir) throws IOException {
    Files.createDirectories(dir);
    String name = rmf.getFileName().toString();
    String next = name.replace("_00000001.DAT", "_00000002.DAT");
    byte[] bytes = Files.readAllBytes(rmf);
    int eol = 0;
    while (bytes[eol] != '\r' && bytes[eol] != '\n') {
      eol++;
    }
    String[] hdr = new String(bytes, 0, eol, StandardCharsets.UTF_8).split(",", -1);
    hdr[3] = "00000002";
    hdr[4] = LocalDateTime.parse(hdr[4], CREATED).plusHours(1).format(CREATED);
    Path out = dir.resolve(next);
    try (var stream = Files.newOutputStream(out)) {
      stream.write(String.join(",", hdr).getBytes(StandardCharsets.UTF_8));
      stream.write(bytes, eol, bytes.length - eol);
    }
    return out;
  }

  private static Map<String, String> keyValues(String line) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String part : line.trim().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        values.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return values;
  }

  private void put(String key, Object value) {
    figures.put(key, String.valueOf(value));
  }

  private static String ratio(double a, double b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / b);
  }

  static long mb(long bytes) {
    return Math.round(bytes / (1024.0 * 1024.0));
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void say(String text) {
    LocalHub.line(text);
  }

  /** Reads a function's log as it grows: the JSON event lines after the last ones read. */
  static final class LogReader {
    private final Path file;
    private long offset;

    LogReader(Path file) {
      this.file = file;
    }

    /** Skips everything logged so far. */
    void skip() throws IOException {
      offset = Files.exists(file) ? Files.size(file) : 0;
    }

    /** The fields of the next line of this event ({@link EventLines}); the offset moves past it. */
    JsonNode next(String event) throws IOException {
      byte[] all = Files.readAllBytes(file);
      String text =
          new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
      for (int at = 0, end; at < text.length(); at = end + 1) {
        end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        Optional<JsonNode> fields = EventLines.fields(text.substring(at, end), event);
        if (fields.isPresent()) {
          offset += text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
          return fields.get();
        }
      }
      throw new HubFailure("no " + event + " line in " + file);
    }
  }
}
