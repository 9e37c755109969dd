package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The local hub's dead-letter place, as the Lambda service's on-failure destinations are on AWS: an
 * event a function failed is kept in the operations bucket as {@code
 * dead-letters/<function>/<failed at>-<id>.json} ({@code {"function", "failedAt", "error",
 * "event"}}) until {@code esrlink-local redrive} delivers it. The local hub does not retry: an
 * event fails for good at its first failure. The operations function's own calls are synchronous
 * and leave no dead letter, as on AWS.
 */
final class DeadLetterDrop {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final S3Client s3;

  DeadLetterDrop(S3Client s3) {
    this.s3 = s3;
  }

  /** Keeps the event; returns the key, or null when the function leaves no dead letters. */
  String keep(LambdaFunction function, String eventJson, String error) {
    if (function == LambdaFunction.OPERATE) {
      return null;
    }
    Instant now = Instant.now();
    ObjectNode letter = JSON.createObjectNode();
    letter.put("function", function.exportName());
    letter.put("failedAt", now.toString());
    letter.put("error", error);
    try {
      JsonNode event = JSON.readTree(eventJson);
      letter.set("event", event);
    } catch (IOException e) {
      letter.put("event", eventJson);
    }
    String key =
        Topology.DEAD_LETTERS_PREFIX
            + function.exportName()
            + "/"
            + STAMP.format(now)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + ".json";
    s3.putObject(
        r -> r.bucket(Bucket.OPERATIONS.localName()).key(key).contentType("application/json"),
        RequestBody.fromString(letter.toString()));
    return key;
  }
}
