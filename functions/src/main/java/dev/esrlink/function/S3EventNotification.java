package dev.esrlink.function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The S3 event notification JSON as AWS sends it to Lambda (only the fields the hub reads). Own
 * type: aws-lambda-java-events' S3Event does not bind under Funqy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class S3EventNotification {
  @JsonProperty("Records")
  public List<EventRecord> records = new ArrayList<>();

  /** One record of the notification. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class EventRecord {
    public String eventName;
    public S3Entity s3;
  }

  /** The bucket and object of a record. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class S3Entity {
    public Named bucket;
    public S3Object object;
  }

  /** A bucket, by name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Named {
    public String name;
  }

  /** An object: its key arrives URL-encoded (spaces as +). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class S3Object {
    public String key;
    public Long size;

    public String decodedKey() {
      return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }
  }
}
