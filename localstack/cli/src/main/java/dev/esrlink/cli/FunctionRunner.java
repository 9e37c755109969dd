package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The functions of one CLI call: each started on first use (or earlier, when asked) and reused. */
final class FunctionRunner implements AutoCloseable {

  private final Map<String, String> environment;
  private final Path logDir;
  private final Map<LambdaFunction, FunctionProcess> processes =
      new EnumMap<>(LambdaFunction.class);

  FunctionRunner(Map<String, String> environment, Path logDir) {
    this.environment = Map.copyOf(environment);
    this.logDir = logDir;
  }

  /** Starts the function's JVM now, so that it boots while other work goes on. */
  synchronized FunctionProcess prestart(LambdaFunction function) {
    return processes.computeIfAbsent(function, f -> FunctionProcess.start(f, environment, logDir));
  }

  /** Delivers an event to the function, exactly as the Lambda service would, and waits. */
  String invoke(LambdaFunction function, String eventJson) {
    return prestart(function).invoke(eventJson);
  }

  Path logDir() {
    return logDir;
  }

  @Override
  public synchronized void close() {
    processes.values().forEach(FunctionProcess::close);
    processes.clear();
  }
}
