package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stack of one CLI call as other modules (the bench, localstack/bench) drive it: the embedded
 * emulators, the packaged functions in their JVMs, uploads with their S3 events and scheduled jobs,
 * exactly as {@code upload} and {@code tick} run them.
 */
public final class LocalHub implements AutoCloseable {

  private final Stack stack;
  private final FileUploader uploader;
  private final JobRunner jobs;
  private final Instant clock;

  private LocalHub(Stack stack, Instant clock) {
    this.stack = stack;
    this.clock = clock;
    Console quiet = new Console(System.out, System.err, false);
    this.uploader = new FileUploader(stack, clock, quiet);
    this.jobs = new JobRunner(stack.functions(), quiet);
  }

  /**
   * The variable naming the jar of a measurement run around each event in a function JVM ({@link
   * InvocationWatch}).
   */
  public static final String WATCH = InvocationWatch.VARIABLE;

  /**
   * Starts the emulators (ephemeral, free ports); function JVMs start on first use with the given
   * clock, as the CLI starts them.
   */
  public static LocalHub open(Instant clock) {
    FunctionOptions options = new FunctionOptions();
    options.clock = clock.toString();
    return new LocalHub(Stack.open(Optional.empty(), options, List.of()), clock);
  }

  /** What a function reported for one upload, and how long its S3 event took to handle. */
  public record Upload(JsonNode report, long eventNanos) {}

  /**
   * Puts the file into the inbound bucket its name selects, delivers the S3 event to the function
   * the topology wires to it and waits; as {@code upload} does.
   */
  public Upload upload(Path file) {
    FileOutcome outcome = uploader.upload(file);
    if (outcome.report() == null) {
      throw new HubFailure(file.getFileName() + ": " + outcome.status());
    }
    return new Upload(outcome.report(), uploader.lastEventNanos());
  }

  /**
   * Nanoseconds from starting a new JVM of the file's function (working folder {@code dir}, as the
   * CLI starts one, with the class data archives of {@code archiveFolder}, none if empty) to its
   * answer to the file's S3 event; the JVM is stopped after (and writes its archive if it recorded
   * one). No {@link InvocationWatch} runs in it.
   */
  public long coldStart(Path file, Path dir, Optional<Path> archiveFolder) {
    ClassArchives archives = archiveFolder.map(ClassArchives::in).orElseGet(ClassArchives::off);
    try (FunctionRunner runner =
        stack.otherFunctions(dir, Map.of(InvocationWatch.VARIABLE, ""), List.of(), archives)) {
      return deliver(runner, file);
    }
  }

  /**
   * Function JVMs of their own on the same emulators, started as the CLI starts them plus extra
   * variables (another table, an {@link InvocationWatch}) and JVM options, without class data
   * archives, their logs in {@code logDir}: the benchmark's heap runs. Close them after.
   */
  public OtherFunctions otherFunctions(
      Path logDir, Map<String, String> extraEnvironment, List<String> javaOptions) {
    return new OtherFunctions(
        stack.otherFunctions(logDir, extraEnvironment, javaOptions, ClassArchives.off()));
  }

  /** Function JVMs apart from the hub's own: see {@link #otherFunctions}. */
  public final class OtherFunctions implements AutoCloseable {
    private final FunctionRunner runner;

    private OtherFunctions(FunctionRunner runner) {
      this.runner = runner;
    }

    /** Puts the file and delivers its S3 event to its function here; returns the nanoseconds. */
    public long upload(Path file) {
      return deliver(runner, file);
    }

    @Override
    public void close() {
      runner.close();
    }
  }

  /**
   * Puts the file into the bucket its name selects and delivers its S3 event to the function the
   * topology wires to it, in {@code runner}; returns the nanoseconds from sending the event to the
   * answer (the JVM's start too, when it had not started).
   */
  private long deliver(FunctionRunner runner, Path file) {
    String name = file.getFileName().toString();
    Bucket bucket = FileUploader.bucketFor(name);
    var put =
        stack
            .s3()
            .putObject(
                r -> r.bucket(bucket.localName()).key(name),
                software.amazon.awssdk.core.sync.RequestBody.fromFile(file));
    LambdaFunction function = Topology.functionFor(bucket, name).orElseThrow();
    String event =
        S3Events.objectCreated(bucket.localName(), name, file.toFile().length(), put.eTag(), clock);
    long start = System.nanoTime();
    runner.invoke(function, event);
    return System.nanoTime() - start;
  }

  /** The folder where the build records the functions' class data archives (PackageArchives). */
  public static Path buildArchiveFolder() {
    return Installation.functionsJar().toAbsolutePath().getParent().resolve("cds");
  }

  /**
   * The class data archives folder of the function JVMs of this CLI call ({@code --work}), unless
   * {@code ESRLINK_FUNCTION_CDS=off} turned them off (to profile the JVMs with JFR, which a JVM
   * recording an archive disables). Returns whether archives are in use.
   */
  public static boolean useClassArchives(Path folder) {
    if (ClassArchives.configured().isOff()) {
      return false;
    }
    System.setProperty(ClassArchives.PROPERTY, folder.toString());
    return true;
  }

  /**
   * Runs the daily exports (APP, DNC, LETB) for one Local Office, in their daily order; returns the
   * nanoseconds each took, by job. The status pages job is left out, so the benchmark's figures
   * stay those of the exports.
   */
  public Map<String, Long> dailyJobs(String lo) {
    Map<String, Long> took = new LinkedHashMap<>();
    for (Schedule event : Jobs.events(Jobs.selected(List.of("APP", "DNC", "LETB")), List.of(lo))) {
      long start = System.nanoTime();
      jobs.run(event);
      took.merge(event.job(), System.nanoTime() - start, Long::sum);
    }
    return took;
  }

  /** Runs every daily job for one Local Office (the status pages too), as the schedules do. */
  public void allDailyJobs(String lo) {
    for (Schedule event : Jobs.events(Jobs.selected(List.of()), List.of(lo))) {
      jobs.run(event);
    }
  }

  /** The folder of the function logs ({@code <function>.log}). */
  public Path logDir() {
    return stack.functions().logDir();
  }

  /** A bare client of the same DynamoDB Local. */
  public DynamoDbClient dynamoDb() {
    return stack.emulators().dynamoDb();
  }

  /** A bare client of the same S3 emulator. */
  public software.amazon.awssdk.services.s3.S3Client s3() {
    return stack.s3();
  }

  /** The packaged functions jar and this CLI's jar, the classpath of a function JVM. */
  public static String functionClasspath() {
    return Installation.joined(Installation.functionClasspath());
  }

  /** The line printer of the command line (progress and result lines). */
  public static void line(String text) {
    System.out.println(text);
    System.out.flush();
  }

  @Override
  public void close() {
    stack.close();
  }
}
