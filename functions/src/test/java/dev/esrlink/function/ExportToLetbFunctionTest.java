package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.config.HubClock;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.ExportLetbProfile;
import dev.esrlink.support.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * exportToLetb through the Lambda event server: an APP goes out, ESR confirms it with an APC (one
 * unknown reference rejected), and LOADRESULTS reports it to the LETB (both modes); EOE is in Full
 * Records mode in this profile, so RECONCILIATION goes too.
 */
@QuarkusTest
@TestProfile(ExportLetbProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ExportToLetbFunctionTest {
  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject HubClock clock;

  @Test
  void loadResultsAndReconciliation() {
    clock.set(Clock.fixed(Instant.parse("2026-06-01T13:00:00Z"), HubClock.LONDON));
    String tpn = "EOE/RGT00/030/STR/009";
    put(
        Hub.ESR_IN,
        "DE_EOE_RMF_20260601_00000001.DAT",
        "HDR,RMF,EOE,00000001,20260601080000",
        "POR,400001,,\"C\",\"E1\",\"Registrar\",\""
            + tpn
            + "\",\"EOE\",\"LEAD\",\"RGT\",12,\"O\",\"L\"",
        "TRL,1");
    put(Hub.LETB_IN, "LETB_EOE_POSTS_20260601_000001.csv", "tpn,status", tpn + ",CURRENT");
    put(
        Hub.LETB_IN,
        "LETB_EOE_TRAINEES_20260601_000001.csv",
        "traineeId,gmcNumber,lastName,firstName,dateOfBirth",
        "X1,7000001,=cmd|' /C calc'!A0,Eve,1990-01-01");
    put(
        Hub.LETB_IN,
        "LETB_EOE_PLACEMENTS_20260601_000001.csv",
        "placementId,traineeId,tpn,startDate,endDate,placementType,status",
        "XP1,X1," + tpn + ",2026-07-01,2027-06-30,IN_POST,APPROVED");
    esr.applicants("EOE").orElseThrow();
    FileReport apc =
        put(
            Hub.ESR_IN,
            "DE_EOE_APC_20260602_00000001.DAT",
            "HDR,APC,EOE,00000001,20260602071200",
            "APC,\"AXP1-400001\",400001,\"E1\",\"FAILED\",\"=1+2 mandatory field missing\"",
            "APC,\"ANOPE-1\",1,\"E1\",\"SUCCESS\",\"\"",
            "TRL,2");
    assertThat(apc.applied).isEqualTo(1);
    assertThat(apc.rejected).isEqualTo(1);

    given()
        .contentType("application/json")
        .body(Events.job("LETB", "EOE"))
        .post()
        .then()
        .statusCode(200)
        .body("files[0]", equalTo("LETB_EOE_LOADRESULTS_20260601_000001.csv"))
        .body("files[1]", equalTo("LETB_EOE_RECONCILIATION_20260601_000001.csv"));
    assertThat(Hub.lines(Hub.LETB_OUT, "LETB_EOE_LOADRESULTS_20260601_000001.csv"))
        .containsExactly(
            "placementId,tpn,ref,kind,status,message,sourceFile",
            "XP1,"
                + tpn
                + ",AXP1-400001,APP,FAILED,'=1+2 mandatory field missing,DE_EOE_APC_20260602_00000001.DAT");
    assertThat(Hub.lines(Hub.LETB_OUT, "LETB_EOE_RECONCILIATION_20260601_000001.csv"))
        .containsExactly(
            "tpn,status,positionId,positionNumber,employerRole,odsEmployerCode,employingVpd,suggestion",
            tpn + ",MATCHED,400001,E1,LEAD,RGT,012,");
  }

  private FileReport put(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    return ingest.ingest(bucket, key);
  }
}
