package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class S3EventsTest {

  @Test
  void objectCreatedEventHasTheShapeAwsSends() throws Exception {
    String json =
        S3Events.objectCreated(
            "esrlink-esr-inbound",
            "DE_EOE_RMF 2025+1.DAT",
            42,
            "\"abc123\"",
            Instant.parse("2025-03-03T09:00:00Z"));
    JsonNode record = new ObjectMapper().readTree(json).get("Records").get(0);
    assertThat(record.get("eventVersion").asText()).isEqualTo("2.1");
    assertThat(record.get("eventSource").asText()).isEqualTo("aws:s3");
    assertThat(record.get("awsRegion").asText()).isEqualTo("eu-west-2");
    assertThat(record.get("eventName").asText()).isEqualTo("ObjectCreated:Put");
    assertThat(record.get("eventTime").asText()).isEqualTo("2025-03-03T09:00:00Z");
    JsonNode s3 = record.get("s3");
    assertThat(s3.at("/bucket/name").asText()).isEqualTo("esrlink-esr-inbound");
    assertThat(s3.at("/bucket/arn").asText()).isEqualTo("arn:aws:s3:::esrlink-esr-inbound");
    assertThat(s3.at("/object/key").asText()).isEqualTo("DE_EOE_RMF+2025%2B1.DAT");
    assertThat(s3.at("/object/size").asLong()).isEqualTo(42);
    assertThat(s3.at("/object/eTag").asText()).isEqualTo("abc123");
    assertThat(s3.at("/object/sequencer").asText()).matches("[0-9A-F]{16,}");
  }

  @Test
  void keysAreEncodedAsS3NotificationsEncodeThem() {
    assertThat(S3Events.encodeKey("a b/c=d.DAT")).isEqualTo("a+b/c%3Dd.DAT");
  }
}
