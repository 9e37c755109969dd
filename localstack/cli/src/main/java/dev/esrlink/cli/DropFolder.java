package dev.esrlink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder watched by {@code run}: each regular file placed there is uploaded like {@code upload}
 * does, then moved to {@code done/} (so it is uploaded once).
 */
final class DropFolder {

  private final Path folder;
  private final Path done;
  private final Stack stack;
  private final Console console;

  DropFolder(Path folder, Stack stack, Console console) {
    this.folder = folder.toAbsolutePath();
    this.done = this.folder.resolve("done");
    this.stack = stack;
    this.console = console;
    try {
      Files.createDirectories(done);
    } catch (IOException e) {
      throw new UsageError("cannot use drop folder " + folder + ": " + e.getMessage());
    }
  }

  void uploadNew() {
    for (Path file : newFiles()) {
      Path moved = done.resolve(file.getFileName());
      try {
        Files.move(file, moved, StandardCopyOption.REPLACE_EXISTING);
        console.line(new FileUploader(stack, Instant.now(), console).upload(moved).summary());
      } catch (IOException | HubFailure e) {
        console.error(file.getFileName() + ": " + e.getMessage());
      }
    }
  }

  private List<Path> newFiles() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new HubFailure("cannot list drop folder " + folder + ": " + e.getMessage(), e);
    }
  }
}
