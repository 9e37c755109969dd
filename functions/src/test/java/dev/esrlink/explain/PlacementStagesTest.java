package dev.esrlink.explain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.config.HubClock;
import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.status.StatusService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.StatusProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One Local Office with a placement at every stage, built through the real ingest and export
 * services on the emulators; each test checks what explain answers for its placement and what the
 * status page counts for its stage. Today is 2026-03-02 (12:00 London, before the day's APP run);
 * the notice window takes starts from 2026-03-04 to 2026-06-01.
 */
@QuarkusTest
@TestProfile(StatusProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class PlacementStagesTest {
  static final String LO = "NTH";
  static final String A = "NTH/RTP00/010/STR/001";
  static final String B = "NTH/RTP00/010/STR/002";
  static final String D = "NTH/RTP00/010/STR/004";
  static final String NEAR_D = "NTH/RTP00/10/STR/4";
  static final String PLACEMENT_HEADER =
      "placementId,traineeId,tpn,startDate,endDate,placementType,status";
  static final ObjectMapper JSON = new ObjectMapper();
  static boolean built;
  static JsonNode page;

  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject Explainer explainer;
  @Inject StatusService status;
  @Inject HubClock clock;

  @BeforeEach
  void world() throws Exception {
    clock.set(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), HubClock.LONDON));
    if (built) {
      return;
    }
    upload(
        Hub.ESR_IN,
        "DE_NTH_RMF_20260302_00000001.DAT",
        "HDR,RMF,NTH,00000001,20260302080000",
        por(300001, A, "LEAD", "RTP"),
        por(300002, A, "HOST", "RTQ"),
        por(300003, B, "LEAD", "RTP"),
        por(300004, NEAR_D, "LEAD", "RTP"),
        "TRL,4");
    upload(
        Hub.LETB_IN,
        "LETB_NTH_POSTS_20260302_000001.csv",
        "tpn,status",
        A + ",CURRENT",
        B + ",CURRENT",
        D + ",CURRENT");
    List<String> trainees = new ArrayList<>();
    trainees.add("traineeId,gmcNumber,lastName,firstName,dateOfBirth");
    for (int t = 1; t <= 50; t++) {
      trainees.add("T" + t + "," + (7100000 + t) + ",Zedlastname,Zedfirstname,1990-01-01");
    }
    upload(Hub.LETB_IN, "LETB_NTH_TRAINEES_20260302_000001.csv", trainees.toArray(String[]::new));
    upload(
        Hub.LETB_IN,
        "LETB_NTH_PLACEMENTS_20260302_000001.csv",
        PLACEMENT_HEADER,
        "PM1,T1," + D + ",2026-03-20,2027-03-19,IN_POST,APPROVED",
        "PT1,T99," + A + ",2026-03-20,2027-03-19,IN_POST,APPROVED",
        "PB1,T2," + A + ",2026-09-01,2027-08-31,IN_POST,APPROVED",
        "PN1,T3," + A + ",2026-03-20,2027-03-19,IN_POST,DRAFT",
        "PS1,T4," + A + ",2026-03-20,2027-03-19,IN_POST,APPROVED",
        "PC1,T5," + A + ",2026-03-21,2027-03-19,IN_POST,APPROVED",
        "PF1,T6," + A + ",2026-03-22,2027-03-19,IN_POST,APPROVED");
    assertThat(esr.applicants(LO)).contains("DE_NTH_APP_20260302_00000001.DAT");
    assertThat(esr.notifications(LO)).isPresent();
    upload(
        Hub.ESR_IN,
        "DE_NTH_APC_20260302_00000001.DAT",
        "HDR,APC,NTH,00000001,20260302130000",
        "APC,\"APC1-300001\",300001,\"N300001\",\"SUCCESS\",\"\"",
        "APC,\"APC1-300002\",300002,\"N300002\",\"WARNING\",\"\"",
        "APC,\"APF1-300001\",300001,\"N300001\",\"FAILED\",\"\"",
        "APC,\"APF1-300002\",300002,\"N300002\",\"SUCCESS\",\"\"",
        "APC,\"ANEVER-1\",1,\"N1\",\"SUCCESS\",\"\"",
        "TRL,5");
    List<String> second = new ArrayList<>();
    second.add(PLACEMENT_HEADER);
    second.add("PD1,T7," + A + ",2026-03-25,2027-03-24,IN_POST,APPROVED");
    for (int q = 1; q <= 41; q++) {
      String start = q <= 40 ? "2026-03-10" : "2026-03-11";
      second.add(String.format("Q%02d,T%d,%s,%s,2027-03-09,IN_POST,APPROVED", q, 9 + q, B, start));
    }
    upload(Hub.LETB_IN, "LETB_NTH_PLACEMENTS_20260302_000002.csv", second.toArray(String[]::new));
    status.write(List.of(LO));
    page = JSON.readTree(Hub.read(Hub.OPS, "status/NTH.json"));
    built = true;
  }

  @Test
  void waitingForMatch() {
    Explanation e = explainer.placement("PM1");
    assertThat(e.stage()).isEqualTo(Stage.WAITING_FOR_MATCH);
    assertThat(step(e, "post").answer()).isEqualTo("yes");
    assertThat(step(e, "match").answer()).isEqualTo("no");
    assertThat(step(e, "match").facts()).containsEntry("nearMiss", NEAR_D);
    assertThat(e.next()).startsWith("a POSTS file with TPN " + D);
    assertThat(stageCount("WAITING_FOR_MATCH")).isEqualTo(1);
    assertThat(page.at("/matching/unmatchedPosts/0/tpn").asText()).isEqualTo(D);
    assertThat(page.at("/matching/unmatchedPosts/0/suggestion").asText()).isEqualTo(NEAR_D);
    assertThat(page.at("/matching/positionsWithoutPost/0/positionId").asText()).isEqualTo("300004");
    assertThat(page.at("/matching/livePosts").asInt()).isEqualTo(3);
    assertThat(page.at("/matching/matchedPosts").asInt()).isEqualTo(2);
    assertThat(page.at("/matching/matchedShare").asInt()).isEqualTo(67);
  }

  @Test
  void waitingForTrainee() {
    Explanation e = explainer.placement("PT1");
    assertThat(e.stage()).isEqualTo(Stage.WAITING_FOR_TRAINEE);
    assertThat(step(e, "match").facts())
        .containsEntry("position 300001", "LEAD, employer RTP, position number N300001")
        .containsEntry("position 300002", "HOST, employer RTQ, position number N300002");
    assertThat(step(e, "trainee").answer()).isEqualTo("not yet");
    assertThat(stageCount("WAITING_FOR_TRAINEE")).isEqualTo(1);
  }

  @Test
  void beforeTheWindow() {
    Explanation e = explainer.placement("PB1");
    assertThat(e.stage()).isEqualTo(Stage.BEFORE_WINDOW);
    assertThat(step(e, "window").answer()).isEqualTo("not yet");
    assertThat(step(e, "window").facts())
        .containsEntry("windowOpens", "2026-06-02")
        .containsEntry("windowCloses", "2026-08-30");
    assertThat(e.nextRun()).isEqualTo("2026-06-02T14:00+01:00[Europe/London]");
    assertThat(stageCount("BEFORE_WINDOW")).isEqualTo(1);
  }

  @Test
  void due() {
    Explanation e = explainer.placement("PD1");
    assertThat(e.stage()).isEqualTo(Stage.DUE);
    assertThat(step(e, "window").answer()).isEqualTo("yes");
    assertThat(step(e, "cap").answer()).isEqualTo("no");
    assertThat(e.next()).isEqualTo("the next APP run sends it");
    assertThat(e.nextRun()).isEqualTo("2026-03-02T14:00Z[Europe/London]");
    assertThat(stageCount("DUE")).isEqualTo(41);
  }

  @Test
  void heldByTheCap() {
    Explanation e = explainer.placement("Q41");
    assertThat(e.stage()).isEqualTo(Stage.HELD_BY_CAP);
    assertThat(step(e, "cap").answer()).isEqualTo("yes");
    assertThat(step(e, "cap").facts())
        .containsEntry("placeInQueue", "41")
        .containsEntry("applicantsAhead", "40")
        .containsEntry("applicantsWaiting", "41");
    assertThat(e.nextRun()).isEqualTo("2026-03-03T14:00Z[Europe/London]");
    assertThat(explainer.placement("Q40").stage()).isEqualTo(Stage.DUE);
    assertThat(stageCount("HELD_BY_CAP")).isEqualTo(1);
  }

  @Test
  void sent() {
    Explanation e = explainer.placement("PS1");
    assertThat(e.stage()).isEqualTo(Stage.SENT);
    assertThat(step(e, "app").facts())
        .containsEntry(
            "position 300001",
            "ref APS1-300001 in DE_NTH_APP_20260302_00000001.DAT, sequence 1, dated 2026-03-02");
    assertThat(step(e, "load").answer()).isEqualTo("not yet");
    assertThat(step(e, "notifications").answer()).isEqualTo("yes");
    assertThat(step(e, "notifications").facts().get("RPS1-300001"))
        .startsWith("type 1, sent in DE_NTH_DNC_20260302_00000001.DAT");
    assertThat(e.next()).isEqualTo("ESR's APC for the APP file");
    assertThat(stageCount("SENT")).isEqualTo(1);
  }

  @Test
  void confirmed() {
    Explanation e = explainer.placement("PC1");
    assertThat(e.stage()).isEqualTo(Stage.CONFIRMED);
    assertThat(step(e, "load").facts())
        .containsEntry("position 300001", "SUCCESS in DE_NTH_APC_20260302_00000001.DAT")
        .containsEntry("position 300002", "WARNING in DE_NTH_APC_20260302_00000001.DAT");
    assertThat(step(e, "updates").answer()).isEqualTo("-");
    assertThat(stageCount("CONFIRMED")).isEqualTo(1);
  }

  @Test
  void failedAtLoad() {
    Explanation e = explainer.placement("PF1");
    assertThat(e.stage()).isEqualTo(Stage.FAILED_AT_LOAD);
    assertThat(step(e, "load").facts())
        .containsEntry("position 300001", "FAILED in DE_NTH_APC_20260302_00000001.DAT");
    assertThat(e.nextRun()).isEqualTo("2026-03-02T16:00Z[Europe/London]");
    assertThat(stageCount("FAILED_AT_LOAD")).isEqualTo(1);
  }

  @Test
  void notToBeSent() {
    Explanation e = explainer.placement("PN1");
    assertThat(e.stage()).isEqualTo(Stage.NOT_TO_SEND);
    assertThat(step(e, "placement").answer()).isEqualTo("no");
    assertThat(e.next()).isEqualTo("nothing: its status is DRAFT, not APPROVED");
    assertThat(stageCount("NOT_TO_SEND")).isEqualTo(1);
  }

  @Test
  void traineeTpnAndFileAreExplainedToo() {
    Explanation trainee = explainer.trainee("T6");
    assertThat(trainee.parts()).extracting(Explanation::id).containsExactly("PF1");
    Explanation tpn = explainer.tpn(B);
    assertThat(tpn.parts()).hasSize(41);
    assertThat(step(tpn, "match").answer()).isEqualTo("yes");
    Explanation file = explainer.file("DE_NTH_APC_20260302_00000001.DAT");
    assertThat(step(file, "records").facts())
        .containsEntry("read", "5")
        .containsEntry("applied", "4")
        .containsEntry("rejected", "1");
    assertThat(step(file, "rejections").facts())
        .containsEntry("APC.applicantRef: reference was never sent by the hub", "1");
    assertThat(step(file, "confirmations").facts())
        .containsEntry("APF1-300001", "FAILED for placement PF1");
    assertThat(explainer.placement("NOPE").steps().get(0).answer()).isEqualTo("no");
  }

  @Test
  void pageCountsFilesRejectionsNotificationsAndHoldsNoPersonalData() {
    assertThat(page.at("/mode").asText()).isEqualTo("FULL");
    assertThat(page.at("/files")).hasSize(6);
    assertThat(page.at("/rejectionsByRule/0/rule").asText())
        .isEqualTo("APC.applicantRef: reference was never sent by the hub");
    assertThat(page.at("/rejectionsByRule/0/count").asInt()).isEqualTo(1);
    assertThat(page.at("/filesPerDay")).hasSize(30);
    assertThat(page.at("/filesPerDay/29/count").asInt()).isEqualTo(6);
    assertThat(page.at("/notifications/sent").asInt()).isGreaterThan(0);
    assertThat(page.at("/notifications/pending").asInt()).isZero();
    assertThat(page.at("/reconciliation/MATCHED").asInt()).isEqualTo(3);
    assertThat(page.at("/reconciliationRows")).hasSize(5);
    assertThat(page.at("/reconciliationRows/0/positionId").asText()).isEqualTo("300001");
    String html = Hub.read(Hub.OPS, "status/NTH.html");
    assertThat(html)
        .contains("href=\"#explain-PF1\"", "id=\"explain-PF1\"")
        .doesNotContain("Zedlastname", "Zedfirstname", "7100001", "1990-01-01", "<script");
    assertThat(Hub.read(Hub.OPS, "status/index.html")).contains("href=\"NTH.html\"");
  }

  @Test
  void theFunctionExplainsAndWritesPagesWithoutChangingTheTable() {
    long before = itemCount();
    given()
        .contentType("application/json")
        .body("{\"placement\":\"PF1\"}")
        .post()
        .then()
        .statusCode(200)
        .body("explanation.stage", equalTo("FAILED_AT_LOAD"))
        .body("explanation.stageLabel", equalTo("failed at load"));
    given()
        .contentType("application/json")
        .body("{\"job\":\"STATUS\",\"lo\":\"NTH\"}")
        .post()
        .then()
        .statusCode(200)
        .body("pages", hasItem("status/NTH.html"))
        .body("pages", hasItem("status/index.html"));
    assertThat(itemCount()).isEqualTo(before);
  }

  private static long itemCount() {
    return EmbeddedEmulators.shared()
        .dynamoDb()
        .scan(b -> b.tableName("esrlink").select(Select.COUNT))
        .count();
  }

  private static int stageCount(String stage) {
    return page.at("/stages/" + stage).asInt();
  }

  private static Step step(Explanation e, String name) {
    Map<String, Step> steps =
        e.steps().stream().collect(Collectors.toMap(Step::step, s -> s, (a, b) -> a));
    assertThat(steps).containsKey(name);
    return steps.get(name);
  }

  private static String por(int positionId, String tpn, String role, String employer) {
    return "POR,"
        + positionId
        + ",,\"C\",\"N"
        + positionId
        + "\",\"Registrar\",\""
        + tpn
        + "\",\"NTH\",\""
        + role
        + "\",\""
        + employer
        + "\",96,\"ORG\",\"LOC\"";
  }

  private void upload(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    var report = ingest.ingest(bucket, key);
    assertThat(report.status).as(key).isEqualTo("APPLIED");
    assertThat(report.rejected).as(key).isEqualTo(key.contains("_APC_") ? 1 : 0);
  }
}
