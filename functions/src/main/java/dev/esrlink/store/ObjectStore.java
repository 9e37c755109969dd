package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 objects: streamed reads, file and text writes, copies into the operations bucket. */
@ApplicationScoped
public class ObjectStore {
  private final S3Client s3;

  @Inject
  public ObjectStore(S3Client s3) {
    this.s3 = s3;
  }

  /** Opens the object anew on each call, so a file can be read in several streaming passes. */
  public Supplier<InputStream> opener(String bucket, String key) {
    return () -> s3.getObject(b -> b.bucket(bucket).key(key));
  }

  public void putFile(String bucket, String key, Path file, String contentType) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
  }

  public void putText(String bucket, String key, String text, String contentType) {
    s3.putObject(
        b -> b.bucket(bucket).key(key).contentType(contentType),
        RequestBody.fromString(text, StandardCharsets.UTF_8));
  }

  public void copy(String fromBucket, String fromKey, String toBucket, String toKey) {
    s3.copyObject(
        b ->
            b.sourceBucket(fromBucket)
                .sourceKey(fromKey)
                .destinationBucket(toBucket)
                .destinationKey(toKey));
  }
}
