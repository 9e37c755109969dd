package dev.esrlink.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.config.HubClock;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.store.RequestCounter;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import dev.esrlink.support.OperateProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations function end to end on the emulators: each action through {@code operate} as an
 * operator invokes it, the files it touches handled by the real ingest and export code, and the
 * audit record of each read back.
 */
@QuarkusTest
@TestProfile(OperateProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class OperateFunctionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject IngestService ingest;
  @Inject AuditReader audits;
  @Inject HubClock clock;

  @Test
  void releaseAppliesAGuardQuarantinedRmfOnlyAndEveryOtherCheckStillHolds() throws Exception {
    String first = name("RMF", "WMD", 1);
    put(first, dat("RMF", "WMD", 1, "20260301120000", positions("WMD", 9_100_001, 10)));
    assertThat(ingest.ingest(Hub.ESR_IN, first).status).isEqualTo("APPLIED");
    List<String> records = new ArrayList<>(positions("WMD", 9_100_001, 5));
    records.add(pos("NTH", 9_100_099));
    String second = name("RMF", "WMD", 2);
    put(second, dat("RMF", "WMD", 2, "20260302120000", records));
    FileReport quarantined = ingest.ingest(Hub.ESR_IN, second);
    assertThat(quarantined.status).isEqualTo("QUARANTINED");
    assertThat(quarantined.quarantineRule).isEqualTo("MASS_DELETION");
    List<String> rtcBefore = Hub.keys(Hub.ESR_OUT, "DE_WMD_RTC_");

    JsonNode noReason = operate("release", second, null, null);
    assertThat(noReason.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(noReason.path("message").asText()).contains("reason");
    JsonNode applied = operate("release", first, "confirmed with the LO", null);
    assertThat(applied.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(applied.path("message").asText())
        .isEqualTo(first + " is APPLIED, not quarantined: nothing to release");

    JsonNode released = operate("release", second, "LO confirmed the 5 posts closed", null);
    assertThat(released.path("outcome").asText()).isEqualTo("DONE");
    JsonNode report = released.path("report");
    assertThat(report.path("status").asText()).isEqualTo("APPLIED");
    assertThat(report.path("read").asLong()).isEqualTo(6);
    assertThat(report.path("rejected").asLong()).isEqualTo(1);
    assertThat(report.path("rejections").get(0).path("field").asText()).isEqualTo("tpn");
    assertThat(report.path("released").path("reason").asText())
        .isEqualTo("LO confirmed the 5 posts closed");
    assertThat(report.path("released").path("at").asText()).isNotEmpty();
    assertThat(report.path("previous").get(0).path("status").asText()).isEqualTo("QUARANTINED");
    String stored = Hub.read(Hub.OPS, "reports/" + second + ".json");
    assertThat(JSON.readTree(stored).path("released").path("reason").asText())
        .isEqualTo("LO confirmed the 5 posts closed");
    assertThat(deleted(9_100_006)).isTrue();
    assertThat(deleted(9_100_005)).isFalse();

    List<String> rtcAfter = new ArrayList<>(Hub.keys(Hub.ESR_OUT, "DE_WMD_RTC_"));
    rtcAfter.removeAll(rtcBefore);
    assertThat(rtcAfter).hasSize(1);
    List<String> rtc = Hub.lines(Hub.ESR_OUT, rtcAfter.get(0));
    assertThat(rtc.get(1))
        .startsWith("RTC,\"" + second + "\",0,\"FILE\",,\"ACCEPTED\",\"released from the")
        .endsWith(": LO confirmed the 5 posts closed\"");
    assertThat(rtc).hasSize(1 + 1 + 6 + 1);

    JsonNode again = operate("release", second, "once more", null);
    assertThat(again.path("outcome").asText()).isEqualTo("REFUSED");

    String bad = name("RMF", "WMD", 3);
    put(bad, "HDR,RMF,WMD,00000003,20260303120000\r\n" + pos("WMD", 9_100_001) + "\r\nTRL,7\r\n");
    assertThat(ingest.ingest(Hub.ESR_IN, bad).status).isEqualTo("QUARANTINED");
    JsonNode content = operate("release", bad, "the LO says it is fine", null);
    assertThat(content.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(content.path("message").asText())
        .startsWith(bad + " was quarantined for its content (");

    AuditRecord done = audit(released.path("audit").asText());
    assertThat(done.who).isEqualTo("test-operator");
    assertThat(done.what.action).isEqualTo("release");
    assertThat(done.what.file).isEqualTo(second);
    assertThat(done.why).isEqualTo("LO confirmed the 5 posts closed");
    assertThat(done.outcome).isEqualTo("DONE");
    assertThat(done.when).isNotEmpty();
    assertThat(released.path("audit").asText())
        .matches("audit/\\d{4}/\\d{2}/\\d{2}/\\d{9}-release-[0-9a-f]{8}\\.json");
    AuditRecord refused = audit(content.path("audit").asText());
    assertThat(refused.outcome).isEqualTo("REFUSED");
    assertThat(refused.detail).isEqualTo(content.path("message").asText());
    LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    assertThat(audits.days(today.minusDays(1), today))
        .extracting(r -> r.id)
        .contains(done.id, refused.id);
  }

  @Test
  void theGuardsShareIsSetPerLocalOffice() {
    String first = name("RMF", "LDN", 1);
    put(first, dat("RMF", "LDN", 1, "20260301120000", positions("LDN", 9_200_001, 10)));
    assertThat(ingest.ingest(Hub.ESR_IN, first).status).isEqualTo("APPLIED");
    String second = name("RMF", "LDN", 2);
    put(second, dat("RMF", "LDN", 2, "20260302120000", positions("LDN", 9_200_001, 6)));
    FileReport report = ingest.ingest(Hub.ESR_IN, second);
    assertThat(report.status).as("40%% of LDN's positions, under its 50%%").isEqualTo("APPLIED");
    assertThat(deleted(9_200_007)).isTrue();
  }

  @Test
  void reprocessingAnAppliedFileWritesNothingUnchangedAndSendsNoSecondRtc() {
    String rmc = name("RMC", "YHD", 1);
    put(rmc, dat("RMC", "YHD", 1, "20260301120000", positions("YHD", 9_300_001, 20)));
    assertThat(ingest.ingest(Hub.ESR_IN, rmc).status).isEqualTo("APPLIED");
    List<String> rtcBefore = Hub.keys(Hub.ESR_OUT, "DE_YHD_RTC_");

    RequestCounter.Totals before = RequestCounter.totals();
    JsonNode done = operate("reprocess", rmc, "fix of the TPN rule deployed", null);
    RequestCounter.Totals used = RequestCounter.totals().minus(before);

    assertThat(done.path("outcome").asText()).isEqualTo("DONE");
    JsonNode report = done.path("report");
    assertThat(report.path("status").asText()).isEqualTo("APPLIED");
    assertThat(report.path("applied").asLong()).isEqualTo(20);
    assertThat(report.path("reprocessed").get(0).path("reason").asText())
        .isEqualTo("fix of the TPN rule deployed");
    assertThat(report.path("previous").get(0).path("status").asText()).isEqualTo("APPLIED");
    // the receipt reopened and finished; the 20 unchanged records cost no write
    assertThat(used.itemWrites()).isEqualTo(2);
    assertThat(Hub.keys(Hub.ESR_OUT, "DE_YHD_RTC_")).isEqualTo(rtcBefore);

    JsonNode quarantined = operate("reprocess", "DE_YHD_RMC_20260301_00000077.DAT", "why", null);
    assertThat(quarantined.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(quarantined.path("message").asText()).contains("no object named");
    assertThat(audit(done.path("audit").asText()).what.action).isEqualTo("reprocess");
  }

  @Test
  void redriveDeliversEachDeadLetterOnceInEffectAndIsSafeToRunTwice() {
    String rmc = name("RMC", "PEN", 41);
    put(rmc, dat("RMC", "PEN", 41, "20260301120000", positions("PEN", 9_400_001, 3)));
    String event = Events.objectCreated(Hub.ESR_IN, rmc, 100);
    deadLetter("ingestEsrFile", "20260302T130000000Z-a1", event);
    deadLetter("ingestEsrFile", "20260302T130001000Z-a2", event);
    deadLetter("exportToEsr", "20260302T150000000Z-b1", Events.job("DNC", "PEN"));
    deadLetter("exportToEsr", "20260302T150001000Z-c1", "{\"hello\":1}");

    RequestCounter.Totals before = RequestCounter.totals();
    JsonNode first = operate("redrive", null, "outage of the table fixed", null);
    JsonNode redriven = first.path("redriven");
    assertThat(redriven).hasSize(4);
    assertThat(redriven.get(0).path("outcome").asText()).isEqualTo("DONE");
    assertThat(redriven.get(0).path("detail").asText()).isEqualTo(rmc + " APPLIED deliveries 1");
    assertThat(redriven.get(1).path("detail").asText()).isEqualTo(rmc + " APPLIED deliveries 2");
    assertThat(redriven.get(2).path("event").asText()).isEqualTo("DNC PEN");
    assertThat(redriven.get(2).path("outcome").asText()).isEqualTo("DONE");
    assertThat(redriven.get(3).path("outcome").asText()).isEqualTo("SKIPPED");
    assertThat(first.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(Hub.keys(Hub.OPS, "dead-letters/"))
        .containsExactly("dead-letters/exportToEsr/20260302T150001000Z-c1.json");
    assertThat(RequestCounter.totals().minus(before).itemWrites()).isPositive();

    // the same event again (a second copy of a letter, or a re-drive run twice): no effect
    deadLetter("ingestEsrFile", "20260302T130002000Z-a3", event);
    RequestCounter.Totals again = RequestCounter.totals();
    JsonNode second = operate("redrive", null, "second run", null);
    assertThat(second.path("redriven").get(0).path("detail").asText())
        .isEqualTo(rmc + " APPLIED deliveries 3");
    // one write: the receipt's delivery count
    assertThat(RequestCounter.totals().minus(again).itemWrites()).isEqualTo(1);
    assertThat(deleted(9_400_001)).isFalse();
    Hub.s3()
        .deleteObject(
            b -> b.bucket(Hub.OPS).key("dead-letters/exportToEsr/20260302T150001000Z-c1.json"));
    JsonNode empty = operate("redrive", null, "nothing left", null);
    assertThat(empty.path("message").asText()).isEqualTo("no dead letters waiting");
    AuditRecord record = audit(first.path("audit").asText());
    assertThat(record.redriven).hasSize(4);
    assertThat(record.who).isEqualTo("test-operator");
  }

  @Test
  void redriveOfAnArrivalsCheckChecksTheDayOfTheRedrive() {
    // Tuesday 16 June 2026, a date no test's YHD file is named for
    clock.set(
        java.time.Clock.fixed(java.time.Instant.parse("2026-06-16T10:00:00Z"), HubClock.LONDON));
    try {
      deadLetter("status", "20260616T090000000Z-d1", Events.job("ARRIVALS", "YHD"));
      JsonNode redriven = operate("redrive", null, "schedule outage", null).path("redriven");
      JsonNode arrivals = null;
      for (JsonNode letter : redriven) {
        if (letter.path("event").asText().equals("ARRIVALS YHD")) {
          arrivals = letter;
        }
      }
      assertThat(arrivals).as(redriven.toString()).isNotNull();
      assertThat(arrivals.path("outcome").asText()).isEqualTo("DONE");
      assertThat(arrivals.path("detail").asText())
          .isEqualTo("missing RMC (checked for the day of the re-drive)");
      assertThat(Hub.keys(Hub.OPS, "dead-letters/status/")).isEmpty();
    } finally {
      clock.set(java.time.Clock.systemUTC());
    }
  }

  @Test
  void dnfOnRequestIsWrittenAndAudited() {
    String rmc = name("RMC", "KSS", 51);
    put(rmc, dat("RMC", "KSS", 51, "20260301120000", positions("KSS", 9_500_001, 2)));
    assertThat(ingest.ingest(Hub.ESR_IN, rmc).status).isEqualTo("APPLIED");
    String posts = "LETB_KSS_POSTS_20260302_000051.csv";
    Hub.put(
        Hub.LETB_IN,
        posts,
        "tpn,status",
        tpn("KSS", 9_500_001) + ",CURRENT",
        tpn("KSS", 9_500_002) + ",CURRENT");
    assertThat(ingest.ingest(Hub.LETB_IN, posts).status).isEqualTo("APPLIED");
    JsonNode done = operate("dnf", null, "ESR asked for a full file", "KSS");
    assertThat(done.path("outcome").asText()).isEqualTo("DONE");
    assertThat(done.path("files").get(0).asText()).startsWith("DE_KSS_DNF_");
    assertThat(Hub.keys(Hub.ESR_OUT, done.path("files").get(0).asText())).hasSize(1);
    AuditRecord record = audit(done.path("audit").asText());
    assertThat(record.what.lo).isEqualTo("KSS");
    assertThat(record.why).isEqualTo("ESR asked for a full file");
    JsonNode unknown = operate("dnf", null, "x", "ZZZ");
    assertThat(unknown.path("outcome").asText()).isEqualTo("REFUSED");
  }

  private JsonNode operate(String action, String file, String reason, String lo) {
    Map<String, String> request = new java.util.LinkedHashMap<>();
    request.put("action", action);
    request.put("operator", "test-operator");
    if (reason != null) {
      request.put("reason", reason);
    }
    if (file != null) {
      request.put("file", file);
    }
    if (lo != null) {
      request.put("lo", lo);
    }
    try {
      String answer =
          given()
              .contentType("application/json")
              .body(JSON.writeValueAsString(request))
              .post()
              .then()
              .statusCode(200)
              .extract()
              .asString();
      return JSON.readTree(answer);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private AuditRecord audit(String key) {
    return audits.read(key);
  }

  private static void deadLetter(String function, String id, String event) {
    String letter =
        "{\"function\":\"" + function + "\",\"error\":\"test\",\"event\":" + event + "}";
    Hub.put(
        Hub.OPS,
        "dead-letters/" + function + "/" + id + ".json",
        letter,
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean deleted(long positionId) {
    Map<String, AttributeValue> item =
        dev.esrlink.emulator.EmbeddedEmulators.shared()
            .dynamoDb()
            .getItem(
                b ->
                    b.tableName("esrlink")
                        .key(
                            Map.of(
                                "PK",
                                AttributeValue.fromS("POS#" + positionId),
                                "SK",
                                AttributeValue.fromS("POS"))))
            .item();
    AttributeValue flag = item.get("deleted");
    return flag != null && Boolean.TRUE.equals(flag.bool());
  }

  private static void put(String key, String text) {
    Hub.put(Hub.ESR_IN, key, text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String name(String type, String lo, long seq) {
    return String.format("DE_%s_%s_20260302_%08d.DAT", lo, type, seq);
  }

  private static String dat(String type, String lo, long seq, String created, List<String> rs) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("HDR,%s,%s,%08d,%s\r\n", type, lo, seq, created));
    rs.forEach(r -> text.append(r).append("\r\n"));
    return text.append("TRL,").append(rs.size()).append("\r\n").toString();
  }

  private static List<String> positions(String lo, long firstId, int n) {
    List<String> records = new ArrayList<>();
    for (long id = firstId; id < firstId + n; id++) {
      records.add(pos(lo, id));
    }
    return records;
  }

  private static String tpn(String lo, long id) {
    return String.format("%s/RTP00/%03d/STR/%03d", lo, (id / 1000) % 1000, id % 1000);
  }

  private static String pos(String lo, long id) {
    String tpn = tpn(lo, id);
    return "POS,"
        + id
        + ",,\"C\",\"P"
        + id
        + "\",\"Registrar\",\"800\",\"Surgery\",\"\",\""
        + tpn
        + "\",\""
        + lo
        + "\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"";
  }
}
