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

  /**
   * What each record asks for, in record order (numbered from 1): an object to ingest, or why the
   * record cannot be an S3 object creation. Empty when the event holds no records.
   */
  public List<Delivery> deliveries() {
    List<Delivery> deliveries = new ArrayList<>();
    if (records == null) {
      return deliveries;
    }
    for (int i = 0; i < records.size(); i++) {
      deliveries.add(delivery(i + 1, records.get(i)));
    }
    return deliveries;
  }

  private static Delivery delivery(int n, EventRecord record) {
    if (record == null
        || record.s3 == null
        || record.s3.bucket == null
        || record.s3.bucket.name == null
        || record.s3.object == null
        || record.s3.object.key == null) {
      return Delivery.rejected(n, "record " + n + " has no s3 bucket or key");
    }
    if (record.eventName == null || !record.eventName.startsWith("ObjectCreated:")) {
      return Delivery.rejected(
          n, "record " + n + " is " + record.eventName + ", not an object creation");
    }
    try {
      return new Delivery(n, record.s3.bucket.name, record.s3.object.decodedKey(), null);
    } catch (IllegalArgumentException e) {
      return Delivery.rejected(n, "record " + n + " has a key that is not URL-encoded");
    }
  }

  /**
   * One record's object (bucket and decoded key), or the reason it is rejected.
   *
   * @param number the record's place in the event, from 1
   */
  public record Delivery(int number, String bucket, String key, String rejection) {
    static Delivery rejected(int number, String reason) {
      return new Delivery(number, null, null, reason);
    }
  }

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
