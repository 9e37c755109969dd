package dev.esrlink.cli;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.topology.LambdaFunction;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build ({@code package} phase of this module, after its jar): records the class data
 * archive of every function in the default folder, so that the first CLI call after a build maps
 * one instead of recording it. Each function JVM starts exactly as the CLI starts it, boots its
 * handler (Quarkus and the SDK clients) and exits without an event; the classes its first event
 * loads besides are not in the archive. Nothing is sent anywhere: the endpoints are not contacted
 * during boot. Skipped with {@code ESRLINK_FUNCTION_CDS=off}.
 */
public final class PackageArchives {

  private PackageArchives() {}

  public static void main(String[] args) throws IOException {
    ClassArchives archives = ClassArchives.configured();
    if (archives.isOff()) {
      return;
    }
    Path logs = Files.createTempDirectory("esrlink-archives-");
    var env =
        EmbeddedEmulators.functionEnvironment(
            URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:9"));
    for (LambdaFunction function : LambdaFunction.values()) {
      try (FunctionProcess process =
          FunctionProcess.start(function, env, logs, List.of(), archives)) {
        process.awaitReady();
      }
    }
  }
}
