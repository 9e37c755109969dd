package dev.esrlink.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Event JSON exactly as AWS delivers it to Lambda. */
public final class Events {
  private Events() {}

  /** An S3 ObjectCreated:Put notification; the key is URL-encoded as S3 encodes it. */
  public static String objectCreated(String bucket, String key, long size) {
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
    return """
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-2",
        "eventTime":"2026-03-02T13:05:00.000Z","eventName":"ObjectCreated:Put",
        "userIdentity":{"principalId":"AWS:EXAMPLE"},"requestParameters":{"sourceIPAddress":"10.0.0.1"},
        "responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8"},
        "s3":{"s3SchemaVersion":"1.0","configurationId":"esrlink-ingest",
        "bucket":{"name":"%s","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::%s"},
        "object":{"key":"%s","size":%d,"eTag":"0123456789abcdef0123456789abcdef","sequencer":"0A1B2C3D4E5F678901"}}}]}
        """
        .formatted(bucket, bucket, encoded, size);
  }

  /** The payload an EventBridge schedule delivers. */
  public static String job(String job, String lo) {
    return "{\"job\":\"" + job + "\",\"lo\":\"" + lo + "\"}";
  }
}
