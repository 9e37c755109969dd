package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.fault.FaultInjector;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import dev.esrlink.support.LogCapture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Events that cannot be an S3 object creation are rejected with one log line and not retried; every
 * record of an event is handled on its own. Local Office OXF.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class MalformedEventsTest {
  static final String LO = "OXF";

  @Inject HubClock clock;

  /** The log lines of the ingest adapter while a test runs. */
  LogCapture capture;

  @BeforeEach
  void setUp() {
    clock.set(Clock.fixed(Instant.parse("2026-04-14T10:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    capture = LogCapture.start("dev.esrlink.function");
  }

  @AfterEach
  void tearDown() {
    capture.close();
    FaultInjector.reset();
  }

  static Response send(String body) {
    return given().contentType("application/json").body(body).post();
  }

  static String record(String eventName, String bucket, String encodedKey) {
    return """
        {"eventVersion":"2.1","eventSource":"aws:s3","eventName":"%s",
        "s3":{"s3SchemaVersion":"1.0","bucket":{"name":"%s"},"object":{"key":"%s","size":10}}}"""
        .formatted(eventName, bucket, encodedKey);
  }

  static String event(String... records) {
    return "{\"Records\":[" + String.join(",", records) + "]}";
  }

  static String rmc(long seq, long position) {
    return String.join(
            "\r\n",
            "HDR,RMC," + LO + "," + String.format("%08d", seq) + ",20260414080000",
            "POR,"
                + position
                + ",,\"C\",\"N"
                + position
                + "\",\"Registrar\",\""
                + LO
                + "/RR900/414/STR/001\",\"\",\"LEAD\",\"ODS\",1,\"O\",\"L\"",
            "TRL,1")
        + "\r\n";
  }

  static String name(long seq) {
    return String.format("DE_%s_RMC_20260414_%08d.DAT", LO, seq);
  }

  void assertRejectedWithOneLogLine(Response response, String reasonPart) {
    // a success with no report: nothing for Lambda to retry
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(204);
    assertThat(capture.events("event.rejected"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text("reason")).contains(reasonPart);
              assertThat(e.text("retried")).isEqualTo("false");
            });
    capture.clear();
  }

  @Test
  void whatCannotBeAnObjectCreationIsRejectedWithALogLineAndNotRetried() {
    assertRejectedWithOneLogLine(send("{\"Records\":null}"), "no S3 records");
    assertRejectedWithOneLogLine(send("{}"), "no S3 records");
    assertRejectedWithOneLogLine(
        send(event("{\"eventName\":\"ObjectCreated:Put\"}")), "record 1 has no s3 bucket or key");
    assertRejectedWithOneLogLine(
        send(event(record("ObjectCreated:Put", Hub.ESR_IN, "DE_OXF_RMC_%zz.DAT"))),
        "record 1 has a key that is not URL-encoded");
    String removed = name(1);
    assertRejectedWithOneLogLine(
        send(event(record("ObjectRemoved:Delete", Hub.ESR_IN, removed))),
        "record 1 is ObjectRemoved:Delete, not an object creation");
    assertRejectedWithOneLogLine(
        send(event(record("ObjectCreated:Put", Hub.ESR_IN, name(2)))),
        "record 1: no object " + name(2) + " in " + Hub.ESR_IN);
    assertThat(Hub.keys(Hub.OPS, "reports/DE_OXF_RMC_20260414_")).isEmpty();
  }

  @Test
  void everyRecordOfAnEventIsHandledOnItsOwn() {
    Hub.put(Hub.ESR_IN, name(10), rmc(10, 9_100_010), java.nio.charset.StandardCharsets.UTF_8);
    Hub.put(Hub.ESR_IN, name(11), rmc(11, 9_100_011), java.nio.charset.StandardCharsets.UTF_8);
    String both =
        event(
            record("ObjectCreated:Put", Hub.ESR_IN, "bad%zz"),
            record("ObjectCreated:Put", Hub.ESR_IN, name(10)),
            record("ObjectCreated:Put", Hub.ESR_IN, name(11)));
    // the receipt of the second file cannot be written once: that record fails, the others pass
    FaultInjector.failOnce(
        r -> r instanceof PutItemRequest put && put.item().get("PK").s().endsWith("/" + name(10)),
        () -> SdkClientException.create("injected: connection reset"));

    Response first = send(both);

    assertThat(first.statusCode()).isNotEqualTo(200);
    assertThat(Hub.keys(Hub.OPS, "reports/" + name(10))).isEmpty();
    assertThat(new JsonPath(Hub.read(Hub.OPS, "reports/" + name(11) + ".json")).getString("status"))
        .isEqualTo("APPLIED");
    assertThat(capture.events("event.rejected")).hasSize(1);
    assertThat(capture.events("record.failed"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text("key")).isEqualTo(name(10));
              assertThat(e.text("retried")).isEqualTo("true");
            });

    // Lambda retries the whole event: the failed record is applied, the other is a repeat
    Response retry = send(both);

    assertThat(retry.statusCode()).isEqualTo(200);
    JsonPath tenth = new JsonPath(Hub.read(Hub.OPS, "reports/" + name(10) + ".json"));
    assertThat(tenth.getString("status")).isEqualTo("APPLIED");
    assertThat(tenth.getInt("applied")).isEqualTo(1);
    JsonPath eleventh = new JsonPath(Hub.read(Hub.OPS, "reports/" + name(11) + ".json"));
    assertThat(eleventh.getInt("deliveries")).isEqualTo(2);
  }
}
