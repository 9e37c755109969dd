package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 objects: streamed reads, file and text writes, copies into the operations bucket. */
@ApplicationScoped
public class ObjectStore {
  private final S3Client s3;
  private final Path temp;

  @Inject
  public ObjectStore(S3Client s3) {
    this(s3, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** With the folder the local copies go under (the temporary disk by default). */
  ObjectStore(S3Client s3, Path temp) {
    this.s3 = s3;
    this.temp = temp;
  }

  /** A temporary local copy of an object, deleted on close. */
  public static final class LocalCopy implements AutoCloseable {
    private final Path path;

    LocalCopy(Path path) {
      this.path = path;
    }

    /** Opens the copy anew, for one more streaming pass. */
    public InputStream open() {
      try {
        return new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        Files.deleteIfExists(path);
        Files.deleteIfExists(path.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Copies an object to the temporary disk (Lambda's /tmp), streaming, never whole in memory. A
   * download that fails leaves nothing behind.
   */
  public LocalCopy download(String bucket, String key) {
    LocalCopy copy;
    try {
      copy = new LocalCopy(Files.createTempDirectory(temp, "inbound-").resolve("object"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(copy.path));
      return copy;
    } catch (RuntimeException e) {
      try {
        copy.close();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
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

  /** The keys under a prefix, in key order (the operations bucket's audit and dead letters). */
  public java.util.List<String> keys(String bucket, String prefix) {
    return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(software.amazon.awssdk.services.s3.model.S3Object::key)
        .sorted()
        .toList();
  }

  /** A small object's text (UTF-8). */
  public String text(String bucket, String key) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }

  /** Deletes an object of the operations bucket (a dead letter re-driven); never an inbound one. */
  public void delete(String bucket, String key) {
    s3.deleteObject(b -> b.bucket(bucket).key(key));
  }

  /** An object's text (UTF-8), or empty when there is no such object. */
  public java.util.Optional<String> readText(String bucket, String key) {
    try {
      return java.util.Optional.of(
          s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      return java.util.Optional.empty();
    }
  }
}
