package dev.esrlink.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esrlink.emulator.AwsClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** The S3 ObjectCreated:Put notification, exactly as AWS delivers it to a Lambda function. */
final class S3Events {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCER = new AtomicLong(System.nanoTime());

  private S3Events() {}

  /** One event record for an object just put; the key is URL-encoded as AWS does. */
  static String objectCreated(String bucket, String key, long size, String eTag, Instant time) {
    ObjectNode record = JSON.createObjectNode();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("awsRegion", AwsClients.REGION.id());
    record.put("eventTime", time.truncatedTo(ChronoUnit.MILLIS).toString());
    record.put("eventName", "ObjectCreated:Put");
    record.putObject("userIdentity").put("principalId", "AWS:ESRLINKLOCAL");
    record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    ObjectNode response = record.putObject("responseElements");
    response.put("x-amz-request-id", sequencer().substring(0, 16));
    response.put("x-amz-id-2", "esrlink-local/" + sequencer());
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", "esrlink-" + bucket);
    ObjectNode bucketNode = s3.putObject("bucket");
    bucketNode.put("name", bucket);
    bucketNode.putObject("ownerIdentity").put("principalId", "ESRLINKLOCAL");
    bucketNode.put("arn", "arn:aws:s3:::" + bucket);
    ObjectNode object = s3.putObject("object");
    object.put("key", encodeKey(key));
    object.put("size", size);
    object.put("eTag", eTag.replace("\"", ""));
    object.put("sequencer", sequencer());
    ObjectNode event = JSON.createObjectNode();
    event.putArray("Records").add(record);
    return event.toString();
  }

  /** URL encoding as in S3 notifications: space as {@code +}, {@code /} kept. */
  static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** Rising hexadecimal value, as AWS's sequencer orders events of one key. */
  private static String sequencer() {
    return HexFormat.of().withUpperCase().toHexDigits(SEQUENCER.incrementAndGet()) + "0000";
  }
}
