package dev.esrlink.function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.esrlink.config.HubClock;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Events;
import dev.esrlink.support.ExportEsrProfile;
import dev.esrlink.support.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** exportToEsr through the Lambda event server: the scheduled APP job, then a DNF on request. */
@QuarkusTest
@TestProfile(ExportEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ExportToEsrFunctionTest {
  @Inject IngestService ingest;
  @Inject HubClock clock;

  @Test
  void scheduledAppJobAndDnfOnRequest() {
    clock.set(Clock.fixed(Instant.parse("2026-06-01T13:00:00Z"), HubClock.LONDON));
    String tpn = "EMD/RWE00/020/ST/001";
    Hub.put(
        Hub.ESR_IN,
        "DE_EMD_RMF_20260601_00000001.DAT",
        "HDR,RMF,EMD,00000001,20260601080000",
        "POR,300001,,\"C\",\"Q1\",\"Registrar\",\""
            + tpn
            + "\",\"EMD\",\"LEAD\",\"RWE\",7,\"O\",\"L\"",
        "TRL,1");
    ingest.ingest(Hub.ESR_IN, "DE_EMD_RMF_20260601_00000001.DAT");
    Hub.put(Hub.LETB_IN, "LETB_EMD_POSTS_20260601_000001.csv", "tpn", tpn);
    ingest.ingest(Hub.LETB_IN, "LETB_EMD_POSTS_20260601_000001.csv");
    Hub.put(
        Hub.LETB_IN,
        "LETB_EMD_TRAINEES_20260601_000001.csv",
        "traineeId,gdcNumber,lastName,firstName,dateOfBirth",
        "D1,12345,Patel,Ravi,1992-05-05");
    ingest.ingest(Hub.LETB_IN, "LETB_EMD_TRAINEES_20260601_000001.csv");
    Hub.put(
        Hub.LETB_IN,
        "LETB_EMD_PLACEMENTS_20260601_000001.csv",
        "placementId,traineeId,tpn,startDate,endDate,placementType,status",
        "Q1,D1," + tpn + ",2026-08-31,2027-08-30,IN_POST,APPROVED");
    ingest.ingest(Hub.LETB_IN, "LETB_EMD_PLACEMENTS_20260601_000001.csv");

    given()
        .contentType("application/json")
        .body(Events.job("APP", "EMD"))
        .post()
        .then()
        .statusCode(200)
        .body("files", hasSize(1))
        .body("files[0]", equalTo("DE_EMD_APP_20260601_00000001.DAT"));
    assertThat(Hub.read(Hub.ESR_OUT, "DE_EMD_APP_20260601_00000001.DAT"))
        .contains("\"GDC\",\"12345\"");

    given()
        .contentType("application/json")
        .body(Events.job("DNF", "EMD"))
        .post()
        .then()
        .statusCode(200)
        .body("files[0]", equalTo("DE_EMD_DNF_20260601_00000001.DAT"));
    assertThat(Hub.lines(Hub.ESR_OUT, "DE_EMD_DNF_20260601_00000001.DAT"))
        .contains(
            "NOT,\"F20260601-300001\",1,\""
                + tpn
                + "\",\"EMD\",\"LEAD\",,,,,,\"Patel\",\"Ravi\",,20260831,,,,,,,,\"N\",\"N\"");
  }
}
