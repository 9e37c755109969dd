package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Lambda function as a child JVM running {@link FunctionHost} on the packaged function jar:
 * events go in on its standard input, results come back on its standard output, its log goes to
 * {@code <log dir>/<export name>.log}.
 */
final class FunctionProcess implements AutoCloseable {

  /** Extra JVM options for function processes, e.g. {@code -Xmx512m} to mimic Lambda memory. */
  static final String JAVA_OPTIONS_VARIABLE = "ESRLINK_FUNCTION_JAVA_OPTS";

  private final LambdaFunction function;
  private final Process process;
  private final Writer events;
  private final BufferedReader results;
  private final Path log;
  private final ClassArchives.Launch archive;
  private boolean ready;

  private FunctionProcess(
      LambdaFunction function, Process process, Path log, ClassArchives.Launch archive) {
    this.function = function;
    this.process = process;
    this.log = log;
    this.archive = archive;
    this.events = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.results =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /**
   * Starts the JVM (it boots the function in the background until the first invoke) with the
   * function's class data archive, or recording it, and {@code javaOptions} after the variable's.
   */
  static FunctionProcess start(
      LambdaFunction function,
      Map<String, String> env,
      Path logDir,
      List<String> javaOptions,
      ClassArchives archives) {
    Path log = logDir.resolve(function.exportName() + ".log");
    List<Path> classpath = Installation.functionClasspath();
    ClassArchives.Launch archive = archives.launch(function, classpath);
    ProcessBuilder builder =
        new ProcessBuilder(command(javaOptions, archive, classpath))
            .directory(logDir.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_FUNQY_EXPORT", function.exportName());
    builder.environment().put("QUARKUS_LOG_CONSOLE_STDERR", "true");
    try {
      return new FunctionProcess(function, builder.start(), log, archive);
    } catch (IOException e) {
      throw new HubFailure("cannot start a JVM for function " + function.exportName(), e);
    }
  }

  /**
   * The JVM options of AWS's Java 17 managed runtime (Serial GC, tiered compilation stopped at C1),
   * the JVM's own messages on standard error (standard output carries the results), the class data
   * archive, then {@value #JAVA_OPTIONS_VARIABLE} and the caller's options, which win.
   */
  static List<String> command(
      List<String> javaOptions, ClassArchives.Launch archive, List<Path> classpath) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(RUNTIME_OPTIONS);
    command.addAll(archive.options());
    String extra = System.getenv(JAVA_OPTIONS_VARIABLE);
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(javaOptions);
    command.add("-cp");
    command.add(Installation.joined(classpath));
    command.add(FunctionHost.class.getName());
    return command;
  }

  /**
   * As Lambda's java21 runtime starts a function (its default options, which the stack keeps in
   * JAVA_TOOL_OPTIONS); JVM messages kept off standard output.
   */
  static final List<String> RUNTIME_OPTIONS =
      List.of(
          "-XX:+UseSerialGC",
          "-XX:+TieredCompilation",
          "-XX:TieredStopAtLevel=1",
          "-XX:+DisplayVMOutputToStderr",
          "-Xlog:disable",
          "-Xlog:all=warning:stderr");

  /** Waits until the function's handler has started (Quarkus booted). */
  synchronized void awaitReady() {
    if (!ready) {
      expectOk(readResult("start"));
      ready = true;
    }
  }

  /** Delivers one event and waits for the function's result JSON. */
  synchronized String invoke(String eventJson) {
    if (!ready) {
      expectOk(readResult("start"));
      ready = true;
    }
    try {
      events.write(eventJson);
      events.write('\n');
      events.flush();
    } catch (IOException e) {
      throw failure("stopped before it received the event", e);
    }
    return expectOk(readResult("handle the event"));
  }

  /**
   * The next protocol line; anything else on standard output is the JVM's own (e.g. a recording
   * option's start message) and is passed over.
   */
  private String readResult(String what) {
    try {
      String line = results.readLine();
      while (line != null
          && !line.startsWith(FunctionHost.OK)
          && !line.startsWith(FunctionHost.ERROR)) {
        line = results.readLine();
      }
      if (line == null) {
        throw failure("exited instead of trying to " + what, null);
      }
      return line;
    } catch (IOException e) {
      throw failure("could not be read", e);
    }
  }

  private String expectOk(String line) {
    if (line.startsWith(FunctionHost.OK)) {
      return line.substring(FunctionHost.OK.length());
    }
    String message =
        line.startsWith(FunctionHost.ERROR) ? line.substring(FunctionHost.ERROR.length()) : line;
    throw failure("failed: " + message, null);
  }

  private HubFailure failure(String what, Throwable cause) {
    return new HubFailure(
        "function " + function.exportName() + " " + what + " (its log: " + log + ")", cause);
  }

  /** Ends the function's input: its JVM exits (writing its class data archive if recording). */
  void endInput() {
    try {
      events.close();
    } catch (IOException e) {
      // the process has gone already
    }
  }

  @Override
  public void close() {
    endInput();
    try {
      if (!process.waitFor(archive.records() ? 60 : 5, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    if (!process.isAlive()) {
      archive.finish(process.exitValue());
    }
  }
}
