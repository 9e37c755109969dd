package dev.esrlink.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the built pieces are: the launcher script passes them as system properties. */
final class Installation {

  static final String BUILD_COMMAND = "./mvnw -q package -DskipTests";
  static final String FUNCTIONS_JAR_PROPERTY = "esrlink.functions.jar";

  private Installation() {}

  /** The packaged function (Quarkus legacy jar, its libraries beside it in {@code lib/}). */
  static Path functionsJar() {
    return existing(System.getProperty(FUNCTIONS_JAR_PROPERTY), "the packaged functions jar");
  }

  /** The classpath of a function JVM: the packaged functions jar, then this CLI's jar. */
  static List<Path> functionClasspath() {
    return List.of(functionsJar(), cliJar());
  }

  /** A classpath as a {@code -cp} value. */
  static String joined(List<Path> classpath) {
    return String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList());
  }

  /** This command line's own jar, holding {@link FunctionHost}. */
  static Path cliJar() {
    try {
      Path location =
          Path.of(FunctionHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return existing(location.toString(), "the esrlink-cli jar");
    } catch (URISyntaxException e) {
      throw new HubFailure("cannot locate the esrlink-cli jar", e);
    }
  }

  private static Path existing(String path, String what) {
    if (path == null || path.isBlank() || !Files.exists(Path.of(path))) {
      throw new HubFailure(
          what
              + " is missing"
              + (path == null ? "" : " (" + path + ")")
              + ": build it from the repository root with "
              + BUILD_COMMAND);
    }
    return Path.of(path);
  }
}
