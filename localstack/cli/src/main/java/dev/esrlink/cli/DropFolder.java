package dev.esrlink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A folder watched by {@code run}: each regular file placed there is put into the inbound bucket
 * its name selects, then moved to {@code done/}. The bucket poller delivers its event, as for a
 * file copied in with the AWS CLI, so each object fires its function once.
 */
final class DropFolder {

  private final Path folder;
  private final Path done;
  private final S3Client s3;
  private final Console console;

  DropFolder(Path folder, S3Client s3, Console console) {
    this.folder = folder.toAbsolutePath();
    this.done = this.folder.resolve("done");
    this.s3 = s3;
    this.console = console;
    try {
      Files.createDirectories(done);
    } catch (IOException e) {
      throw new UsageError("cannot use drop folder " + folder + ": " + e.getMessage());
    }
  }

  void putNew() {
    for (Path file : newFiles()) {
      String name = file.getFileName().toString();
      Path moved = done.resolve(name);
      try {
        Files.move(file, moved, StandardCopyOption.REPLACE_EXISTING);
        String bucket = FileUploader.bucketFor(name).localName();
        s3.putObject(r -> r.bucket(bucket).key(name), RequestBody.fromFile(moved));
      } catch (IOException | RuntimeException e) {
        console.error(name + ": not uploaded from the drop folder: " + e.getMessage());
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
