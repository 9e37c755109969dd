package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The class data (AppCDS) archives of the function JVMs: the build records one per function ({@link
 * PackageArchives}); where none fits, the first JVM of a function for a build of the jars records
 * the classes it loads ({@code -XX:ArchiveClassesAtExit}, written when it exits); every later one
 * maps them ({@code -XX:SharedArchiveFile}) instead of loading, verifying and linking them again.
 * One archive per function, named by the jars' size and time and the JDK, kept in {@code
 * functions/target/cds/} unless {@value #VARIABLE} names another folder or is {@code off}
 * (docs/local.md).
 */
final class ClassArchives {

  static final String VARIABLE = "ESRLINK_FUNCTION_CDS";
  static final String PROPERTY = "esrlink.function.cds";

  private final Path folder;

  private ClassArchives(Path folder) {
    this.folder = folder;
  }

  /** From {@value #PROPERTY} or {@value #VARIABLE}: off, a folder, or (unset) the default one. */
  static ClassArchives configured() {
    String value = System.getProperty(PROPERTY, System.getenv(VARIABLE));
    if (value != null && value.trim().equalsIgnoreCase("off")) {
      return off();
    }
    return value == null || value.isBlank()
        ? in(Installation.functionsJar().toAbsolutePath().getParent().resolve("cds"))
        : in(Path.of(value.trim()));
  }

  static ClassArchives in(Path folder) {
    return new ClassArchives(folder);
  }

  static ClassArchives off() {
    return new ClassArchives(null);
  }

  boolean isOff() {
    return folder == null;
  }

  /** The folder of the archives; null when they are off. */
  Path folder() {
    return folder;
  }

  /** Whether the function has an archive for this build of the jars. */
  boolean has(LambdaFunction function, List<Path> classpath) {
    return folder != null && Files.isRegularFile(archiveOf(function, classpath));
  }

  private Path archiveOf(LambdaFunction function, List<Path> classpath) {
    return folder.resolve(function.exportName() + "-" + fingerprint(classpath) + ".jsa");
  }

  /** What one function JVM is started with, and what happens to its recording when it ends. */
  Launch launch(LambdaFunction function, List<Path> classpath) {
    if (folder == null) {
      return Launch.NONE;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      return Launch.NONE;
    }
    String prefix = function.exportName() + "-";
    Path archive = archiveOf(function, classpath);
    if (Files.isRegularFile(archive)) {
      return new Launch(List.of("-XX:SharedArchiveFile=" + archive), null, archive, prefix);
    }
    Path recording = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid());
    return new Launch(List.of("-XX:ArchiveClassesAtExit=" + recording), recording, archive, prefix);
  }

  /** The JDK and every jar's path, size and time: what the JVM checks before it maps an archive. */
  static String fingerprint(List<Path> classpath) {
    StringBuilder text =
        new StringBuilder(System.getProperty("java.home"))
            .append('|')
            .append(System.getProperty("java.vm.version"));
    for (Path jar : classpath) {
      try {
        text.append('|')
            .append(jar.toAbsolutePath().normalize())
            .append('|')
            .append(Files.size(jar))
            .append('|')
            .append(Files.getLastModifiedTime(jar).toMillis());
      } catch (IOException e) {
        text.append('|').append(jar).append("|missing");
      }
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The archive options of one JVM. {@code recording} is set when this JVM records the archive:
   * once it has exited cleanly, {@link #finish(int)} puts the recording in place and removes the
   * function's archives of earlier builds.
   */
  record Launch(List<String> options, Path recording, Path archive, String prefix) {
    static final Launch NONE = new Launch(List.of(), null, null, null);

    boolean records() {
      return recording != null;
    }

    void finish(int exitValue) {
      if (recording == null) {
        return;
      }
      try {
        if (exitValue == 0 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
          Files.move(
              recording,
              archive,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          removeOlder();
        } else {
          Files.deleteIfExists(recording);
        }
      } catch (IOException e) {
        // no archive this time: the next JVM records again
      }
    }

    private void removeOlder() throws IOException {
      try (DirectoryStream<Path> others =
          Files.newDirectoryStream(archive.getParent(), prefix + "*.jsa")) {
        for (Path other : others) {
          if (!other.equals(archive)) {
            Files.deleteIfExists(other);
          }
        }
      }
    }
  }
}
