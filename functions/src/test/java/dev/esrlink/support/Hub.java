package dev.esrlink.support;

import dev.esrlink.emulator.EmbeddedEmulators;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Test access to the emulated buckets. */
public final class Hub {
  public static final String ESR_IN = "esrlink-esr-inbound";
  public static final String ESR_OUT = "esrlink-esr-outbound";
  public static final String LETB_IN = "esrlink-letb-inbound";
  public static final String LETB_OUT = "esrlink-letb-outbound";
  public static final String OPS = "esrlink-operations";

  private Hub() {}

  public static S3Client s3() {
    return EmbeddedEmulators.shared().s3();
  }

  /** Puts lines joined with CRLF (and a final CRLF) as UTF-8. */
  public static void put(String bucket, String key, String... lines) {
    put(bucket, key, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  public static void put(String bucket, String key, String text, Charset charset) {
    s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(text.getBytes(charset)));
  }

  public static String read(String bucket, String key) {
    return s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
  }

  /** Object keys of a bucket starting with a prefix, sorted. */
  public static List<String> keys(String bucket, String prefix) {
    return s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key)
        .sorted()
        .toList();
  }

  /** The lines of an outbound file (CRLF split, without the empty string after the last CRLF). */
  public static List<String> lines(String bucket, String key) {
    String text = read(bucket, key);
    List<String> lines = List.of(text.split("\r\n", -1));
    return lines.subList(0, lines.size() - 1);
  }
}
