package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The functions of one CLI call: each started on first use (or earlier, when asked) and reused. */
final class FunctionRunner implements AutoCloseable {

  private final Map<String, String> environment;
  private final Path logDir;
  private final List<String> javaOptions;
  private final ClassArchives archives;
  private volatile DeadLetterDrop deadLetters;
  private final Map<LambdaFunction, FunctionProcess> processes =
      new EnumMap<>(LambdaFunction.class);

  /**
   * {@code javaOptions}: added to every function JVM's command line (the benchmark's hooks); {@code
   * archives}: where the JVMs' class data archives are kept.
   */
  FunctionRunner(
      Map<String, String> environment,
      Path logDir,
      List<String> javaOptions,
      ClassArchives archives) {
    this.environment = Map.copyOf(environment);
    this.logDir = logDir;
    this.javaOptions = List.copyOf(javaOptions);
    this.archives = archives;
  }

  /** Starts the function's JVM now, so that it boots while other work goes on. */
  synchronized FunctionProcess prestart(LambdaFunction function) {
    return processes.computeIfAbsent(
        function, f -> FunctionProcess.start(f, environment, logDir, javaOptions, archives));
  }

  /** Where failed events go from now on (the operations bucket, once the emulators run). */
  void keepFailedEventsIn(DeadLetterDrop drop) {
    this.deadLetters = drop;
  }

  /**
   * Delivers an event to the function, exactly as the Lambda service would, and waits. An event the
   * function fails goes to the dead-letter place, then the failure is thrown.
   */
  String invoke(LambdaFunction function, String eventJson) {
    try {
      return prestart(function).invoke(eventJson);
    } catch (HubFailure e) {
      DeadLetterDrop drop = deadLetters;
      String key = null;
      try {
        key = drop == null ? null : drop.keep(function, eventJson, e.getMessage());
      } catch (RuntimeException notKept) {
        e.addSuppressed(notKept);
      }
      if (key != null) {
        throw new HubFailure(e.getMessage() + " (event kept in " + key + ")", e);
      }
      throw e;
    }
  }

  Path logDir() {
    return logDir;
  }

  @Override
  public synchronized void close() {
    processes.values().forEach(FunctionProcess::endInput);
    processes.values().forEach(FunctionProcess::close);
    processes.clear();
  }
}
