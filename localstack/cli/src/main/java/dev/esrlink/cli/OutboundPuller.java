package dev.esrlink.cli;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Copies the outbound buckets, the quarantine, the file reports, the audit records and the dead
 * letters into a local folder.
 */
final class OutboundPuller {

  /** A bucket (and key prefix) and the folder under the output folder that receives it. */
  record Source(Bucket bucket, String prefix, String folder) {}

  static final List<Source> SOURCES =
      List.of(
          new Source(Bucket.ESR_OUTBOUND, "", "esr-outbound"),
          new Source(Bucket.LETB_OUTBOUND, "", "letb-outbound"),
          new Source(Bucket.OPERATIONS, Topology.QUARANTINE_PREFIX, "quarantine"),
          new Source(Bucket.OPERATIONS, Topology.REPORTS_PREFIX, "reports"),
          new Source(Bucket.OPERATIONS, Topology.AUDIT_PREFIX, "audit"),
          new Source(Bucket.OPERATIONS, Topology.DEAD_LETTERS_PREFIX, "dead-letters"),
          new Source(Bucket.OPERATIONS, Topology.STATUS_PREFIX, "status"));

  /** The status pages only. */
  static final Source STATUS = SOURCES.get(SOURCES.size() - 1);

  private final S3Client s3;
  private final Console console;

  OutboundPuller(S3Client s3, Console console) {
    this.s3 = s3;
    this.console = console;
  }

  /** Copies everything, overwriting; returns the number of files written. */
  int pull(Path out) {
    return pull(out, SOURCES);
  }

  /** Copies the status pages into {@code folder} itself; returns the number of files written. */
  int pullStatus(Path folder) {
    return pull(folder, List.of(new Source(STATUS.bucket(), STATUS.prefix(), "")));
  }

  private int pull(Path out, List<Source> sources) {
    int written = 0;
    for (Source source : sources) {
      Path folder = createFolder(out.resolve(source.folder()).normalize());
      for (S3Object object : list(source)) {
        copy(source.bucket().localName(), object.key(), folder, source.prefix());
        written++;
        console.progress("pulled " + written + " files");
      }
    }
    console.clearLiveLine();
    return written;
  }

  private Iterable<S3Object> list(Source source) {
    return s3.listObjectsV2Paginator(
            r -> r.bucket(source.bucket().localName()).prefix(source.prefix()))
        .contents();
  }

  private void copy(String bucket, String key, Path folder, String prefix) {
    Path target = folder.resolve(key.substring(prefix.length())).normalize();
    if (!target.startsWith(folder) || target.equals(folder)) {
      console.error("skipped object " + key + " of " + bucket + ": its key is not a file name");
      return;
    }
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key))) {
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new HubFailure("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static Path createFolder(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new HubFailure("cannot create " + folder + ": check --out", e);
    }
  }
}
