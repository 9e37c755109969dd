package dev.esrlink.cli;

import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.topology.LambdaFunction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run by the build ({@code package} phase of this module, after its jar): records the class data
 * archive of every function in the default folder, so that the first CLI call after a build maps
 * one instead of recording it. The archive holds the classes of a real first event, not only of the
 * boot: a small invented set for one Local Office in Full Records mode goes through the embedded
 * emulators as {@code process} sends it (every file's S3 event, every daily job), and each function
 * JVM writes its archive when it exits. The function that runs only on request (operator calls)
 * then boots its handler and exits without an event. Skipped with {@code ESRLINK_FUNCTION_CDS=off}.
 * If the run fails, the build goes on and says so: the first CLI call of a function then records
 * its archive as it runs.
 */
public final class PackageArchives {

  static final String OFFICE = "EOE";
  static final int TRAINEES = 20;

  private PackageArchives() {}

  public static void main(String[] args) throws IOException {
    ClassArchives archives = ClassArchives.configured();
    if (archives.isOff()) {
      return;
    }
    Path work = Files.createTempDirectory("esrlink-archives-");
    long start = System.nanoTime();
    recordFromARun(work);
    bootTheOthers(archives, work);
    System.out.printf(
        "class data archives recorded in %d ms (%s)%n",
        (System.nanoTime() - start) / 1_000_000, archives.folder());
  }

  private static void recordFromARun(Path work) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Console quiet =
        new Console(
            new PrintStream(output, true, StandardCharsets.UTF_8),
            new PrintStream(output, true, StandardCharsets.UTF_8),
            false);
    try {
      FunctionOptions options = new FunctionOptions();
      options.modes.add(OFFICE + "=FULL");
      List<Path> files =
          GenerateCommand.write(
                  work.resolve("inbound"), List.of(OFFICE), TRAINEES, 1, options, quiet)
              .stream()
              .map(GeneratedFile::path)
              .toList();
      if (!Pipeline.process(Optional.empty(), options, files, work.resolve("out"), quiet)) {
        warn("a file or job of the recording run failed", output);
      }
    } catch (RuntimeException e) {
      warn(e.toString(), output);
    }
  }

  /** The functions the run did not start: their handler boots, nothing is contacted. */
  private static void bootTheOthers(ClassArchives archives, Path work) {
    var env =
        EmbeddedEmulators.functionEnvironment(
            URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:9"));
    List<Path> classpath = Installation.functionClasspath();
    for (LambdaFunction function : LambdaFunction.values()) {
      if (archives.has(function, classpath)) {
        continue;
      }
      try (FunctionProcess process =
          FunctionProcess.start(function, env, work, List.of(), archives)) {
        process.awaitReady();
      }
    }
  }

  private static void warn(String what, ByteArrayOutputStream output) {
    System.out.println(output.toString(StandardCharsets.UTF_8));
    System.out.println(
        "WARNING: class data archives: "
            + what
            + "; the first CLI call of each function without one records it as it runs");
  }
}
