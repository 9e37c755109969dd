package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
import dev.esrlink.file.ByteScan;
import dev.esrlink.file.FileRejectedException;
import dev.esrlink.file.InboundFile;
import dev.esrlink.file.ReadLimits;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Poison input is quarantined whole or rejected record by record, with a reason, and disturbs
 * nothing else: the positions a good file stored stay as they were. Local Office MER.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class PoisonInputTest {
  static final String LO = "MER";
  static final long GOOD = 5_110_000;
  static final String DAY = "20260410";

  @Inject HubClock clock;

  static JsonPath deliver(String key, byte[] bytes) {
    Dat.put(Hub.ESR_IN, key, bytes);
    Response response = Dat.deliver(key);
    assertThat(response.statusCode()).as("delivery of %s", key).isEqualTo(200);
    return response.jsonPath();
  }

  static JsonPath deliver(String key, String text) {
    return deliver(key, text.getBytes(StandardCharsets.UTF_8));
  }

  static void assertQuarantined(JsonPath report, String reasonPart) {
    assertThat(report.getString("status")).isEqualTo("QUARANTINED");
    assertThat(report.getString("reason")).contains(reasonPart);
    assertThat(report.getInt("read")).isZero();
    assertThat(report.getInt("applied")).isZero();
    String name = report.getString("file");
    assertThat(name).doesNotContain("/");
    assertThat(Hub.keys(Hub.OPS, "quarantine/" + name)).contains("quarantine/" + name);
    assertThat(Hub.keys(Hub.OPS, "reports/" + name + ".json")).hasSize(1);
  }

  @Test
  void poisonIsQuarantinedOrRejectedWithAReasonAndNothingElseIsDisturbed() {
    clock.set(Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), HubClock.LONDON));
    String good = Dat.name("RMC", LO, DAY, 20);
    JsonPath applied =
        deliver(good, Dat.file("RMC", LO, 20, DAY + "080000", Dat.positions(LO, GOOD, 5, "Good")));
    assertThat(applied.getString("status")).isEqualTo("APPLIED");
    Map<String, Map<String, AttributeValue>> before = Table.positions(GOOD, 5);

    assertQuarantined(deliver(Dat.name("RMC", LO, DAY, 21), new byte[0]), "0 bytes");
    assertQuarantined(deliver(Dat.name("RMC", LO, DAY, 22), "\r\n\r\n  \r\n"), "no HDR");
    byte[] binary = new byte[4096];
    new Random(42).nextBytes(binary);
    binary[100] = 0;
    assertQuarantined(deliver(Dat.name("RMC", LO, DAY, 23), binary), "unreadable");
    String longLine =
        Dat.pos(LO, GOOD, "Good").replace("\"Good\"", "\"" + "x".repeat(70_000) + "\"");
    assertQuarantined(
        deliver(
            Dat.name("RMC", LO, DAY, 24),
            Dat.file("RMC", LO, 24, DAY + "090000", List.of(longLine))),
        "line 2 is longer than the limit of 65536 characters");

    // path tricks and encoded characters in the key: never applied as the file they imitate
    String imitated = Dat.file("RMC", LO, 25, DAY + "100000", Dat.positions(LO, GOOD, 5, "Evil"));
    assertQuarantined(deliver("../" + Dat.name("RMC", LO, DAY, 25), imitated), "folder");
    assertQuarantined(deliver("in/" + Dat.name("RMC", LO, DAY, 25), imitated), "folder");
    assertQuarantined(
        deliver("DE_MER_RMC_" + DAY + "%2F00000025.DAT", imitated), "characters outside");
    assertQuarantined(
        deliver("DE MER RMC " + DAY + " 00000025.DAT", imitated), "characters outside");
    assertThat(Hub.keys(Hub.OPS, "reports/" + Dat.name("RMC", LO, DAY, 25))).isEmpty();

    // another Local Office's file under this one's name, and another office's records
    assertQuarantined(
        deliver(
            Dat.name("RMC", LO, DAY, 26),
            Dat.file("RMC", "PEN", 26, DAY + "110000", Dat.positions("PEN", GOOD, 5, "Evil"))),
        "HDR type or Local Office differs from the file name");
    String foreign = Dat.name("RMC", LO, DAY, 27);
    JsonPath rejected =
        deliver(
            foreign,
            Dat.file(
                "RMC",
                LO,
                27,
                DAY + "120000",
                Dat.positions(LO, GOOD, 5, "Evil").stream()
                    .map(r -> r.replace("\"MER/RTP00", "\"PEN/RTP00"))
                    .toList()));
    assertThat(rejected.getString("status")).isEqualTo("APPLIED");
    assertThat(rejected.getInt("read")).isEqualTo(10);
    assertThat(rejected.getInt("rejected")).isEqualTo(10);
    assertThat(rejected.getList("rejections.field", String.class)).containsOnly("tpn");
    assertThat(rejected.getList("rejections.reason", String.class))
        .containsOnly("TPN belongs to Local Office PEN, not to this file's MER");

    Map<String, Map<String, AttributeValue>> after = Table.positions(GOOD, 5);
    assertThat(after).isEqualTo(before);
    assertThat(after.values()).allSatisfy(i -> assertThat(Table.title(i)).isEqualTo("Good"));
  }

  @Test
  void aLineLongerThanASmallConfiguredLimitMakesTheFileUnreadable() {
    String text = Dat.file("RMC", LO, 30, DAY + "080000", Dat.positions(LO, GOOD, 1, "Good"));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ReadLimits small = new ReadLimits(100, 200);
    assertThatThrownBy(
            () ->
                InboundFile.inspect(
                    Dat.name("RMC", LO, DAY, 30),
                    ByteScan.of(new ByteArrayInputStream(bytes)),
                    () -> new ByteArrayInputStream(bytes),
                    small))
        .isInstanceOf(FileRejectedException.class)
        .hasMessage("line 2 is longer than the limit of 100 characters");
    // the same file within the limit is read
    assertThat(
            InboundFile.inspect(
                    Dat.name("RMC", LO, DAY, 30),
                    ByteScan.of(new ByteArrayInputStream(bytes)),
                    () -> new ByteArrayInputStream(bytes),
                    new ReadLimits(200, 200))
                .dataRecords())
        .isEqualTo(2);
  }
}
