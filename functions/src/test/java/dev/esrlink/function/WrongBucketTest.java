package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestLetbProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A file in the other partner's inbound bucket is quarantined by the function that receives it,
 * with a reason naming both buckets, and nothing is written to the other partner's outbound bucket
 * (which that function's role cannot reach): no RTC for a misplaced RMF.
 */
@QuarkusTest
@TestProfile(IngestLetbProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class WrongBucketTest {

  @Inject IngestService ingest;

  @Test
  void anEsrFileInTheLetbBucketIsQuarantinedByIngestLetbFileWithoutAnRtc() {
    String key = "DE_NTH_RMF_20260507_00000001.DAT";
    Hub.put(Hub.LETB_IN, key, "HDR,RMF,NTH,00000001,20260507090000", "TRL,0");
    int rtcs = Hub.keys(Hub.ESR_OUT, "DE_NTH_RTC_").size();

    given()
        .contentType("application/json")
        .body(Events.objectCreated(Hub.LETB_IN, key, 10))
        .post()
        .then()
        .statusCode(200)
        .body("status", equalTo("QUARANTINED"))
        .body("reason", containsString("an ESR file (DE_...) in the LETB inbound bucket"));

    assertThat(Hub.keys(Hub.OPS, "quarantine/" + key)).hasSize(1);
    assertThat(Hub.read(Hub.OPS, "reports/" + key + ".json")).contains("LETB inbound bucket");
    assertThat(Hub.keys(Hub.ESR_OUT, "DE_NTH_RTC_")).hasSize(rtcs);
  }

  @Test
  void aLetbFileInTheEsrBucketIsQuarantinedWithTheReason() {
    String key = "LETB_NTH_POSTS_20260507_000001.csv";
    Hub.put(Hub.ESR_IN, key, "tpn,status", "NTH/RGT00/030/STR/001,CURRENT");

    FileReport report = ingest.ingest(Hub.ESR_IN, key);

    assertThat(report.status).isEqualTo("QUARANTINED");
    assertThat(report.reason).startsWith("a LETB file (LETB_...) in the ESR inbound bucket");
    assertThat(Hub.keys(Hub.OPS, "quarantine/" + key)).hasSize(1);
  }
}
