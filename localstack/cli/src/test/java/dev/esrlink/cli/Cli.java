package dev.esrlink.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code localstack/esrlink-local} as a user would: a child process, in a folder. */
final class Cli {

  /** What a call printed and returned. */
  record Result(int exit, String out, String err) {}

  private static final long TIMEOUT_MINUTES = 10;

  private Cli() {}

  static Path launcher() {
    return Path.of(System.getProperty("esrlink.launcher", "../esrlink-local"))
        .toAbsolutePath()
        .normalize();
  }

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, java.util.Map.of(), args);
  }

  /** As {@link #run(Path, String...)}, with more environment variables for the call. */
  static Result run(Path workDir, java.util.Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", launcher().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("esrlink-cli-out", ".txt");
    Path err = Files.createTempFile("esrlink-cli-err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("AWS_ENDPOINT_URL");
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("esrlink-local " + String.join(" ", args) + " did not finish");
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
