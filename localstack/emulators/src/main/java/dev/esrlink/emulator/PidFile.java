package dev.esrlink.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The pid of a child emulator process and of the JVM that started it, kept in a file so that the
 * next start can stop a child left behind by a JVM that was killed before its shutdown hook ran. A
 * child whose starting JVM is still alive belongs to someone else and is left alone.
 */
final class PidFile {

  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final Path file;

  PidFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  void write(long childPid) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, childPid + " " + ProcessHandle.current().pid() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write pid file " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete pid file " + file, e);
    }
  }

  /**
   * Stops the child the file names when it is still alive and its starting JVM is gone; removes the
   * file. Throws when the child is still owned by a live JVM.
   */
  boolean stopStale() {
    Optional<long[]> pids = read();
    if (pids.isEmpty()) {
      delete();
      return false;
    }
    Optional<ProcessHandle> child =
        ProcessHandle.of(pids.get()[0])
            .filter(ProcessHandle::isAlive)
            .filter(PidFile::looksLikeS3Mock);
    if (child.isPresent() && ownerAlive(pids.get())) {
      throw new EmulatorException(
          "emulators in "
              + file.getParent()
              + " are in use by process "
              + pids.get()[1]
              + ": stop it or use another state folder");
    }
    child.ifPresent(PidFile::stop);
    delete();
    return child.isPresent();
  }

  private static boolean ownerAlive(long[] pids) {
    return pids.length > 1
        && pids[1] != ProcessHandle.current().pid()
        && ProcessHandle.of(pids[1]).map(ProcessHandle::isAlive).orElse(false);
  }

  private Optional<long[]> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String[] parts = Files.readString(file).trim().split("\\s+");
      long[] pids = new long[parts.length];
      for (int i = 0; i < parts.length; i++) {
        pids[i] = Long.parseLong(parts[i]);
      }
      return Optional.of(pids);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Guards against a recycled pid: the command line, when visible, must name S3Mock. */
  private static boolean looksLikeS3Mock(ProcessHandle process) {
    return process.info().commandLine().map(line -> line.contains("s3mock")).orElse(true);
  }

  static void stop(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }
}
