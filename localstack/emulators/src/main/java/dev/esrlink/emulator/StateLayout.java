package dev.esrlink.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The emulators' folder: {@code s3mock.pid}, {@code s3mock.log}, {@code s3/} (S3Mock's store) and,
 * when data is kept, {@code dynamodb/} (DynamoDB Local's {@code shared-local-instance.db}). Throw-
 * away data lives in folders removed on start and on close.
 */
record StateLayout(Path root, Path s3Root, Path dynamoDbDir, Path throwAway) {

  static StateLayout prepare(EmulatorOptions options) {
    try {
      if (options.stateDirectory().isEmpty()) {
        Path temp = Files.createTempDirectory("esrlink-emulators-");
        return new StateLayout(temp, temp.resolve("s3"), null, temp);
      }
      Path root = Files.createDirectories(options.stateDir().toAbsolutePath());
      if (options.persistent()) {
        return new StateLayout(root, root.resolve("s3"), root.resolve("dynamodb"), null);
      }
      Path scratch = root.resolve("s3-scratch");
      deleteTree(scratch);
      return new StateLayout(root, scratch, null, scratch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the emulator folder", e);
    }
  }

  /** Removes the throw-away data, if any. */
  void close() {
    if (throwAway != null) {
      deleteTree(throwAway);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
