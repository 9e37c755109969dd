package dev.esrlink.arrivals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import dev.esrlink.config.HubClock;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.LogCapture;
import dev.esrlink.support.StatusProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ARRIVALS job of the status function, as its schedule sends it, on the shared emulators: SEV
 * (no other test receives SEV files) has no RMC named for Monday 11 May 2026 until one is ingested.
 */
@QuarkusTest
@TestProfile(StatusProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ArrivalsFunctionTest {

  @Inject HubClock clock;
  @Inject IngestService ingest;

  /** The lines logged by the check while a test runs. */
  LogCapture capture;

  @BeforeEach
  void setUp() {
    capture = LogCapture.start("dev.esrlink.arrivals");
  }

  @AfterEach
  void tearDown() {
    capture.close();
    clock.set(Clock.systemUTC());
  }

  /** The office and type of each {@code arrival.missing} line captured. */
  List<String> missing() {
    return capture.events("arrival.missing").stream()
        .map(e -> e.text("lo") + " " + e.text("type"))
        .toList();
  }

  @Test
  void aMissingRmcIsLoggedAndOneReceivedIsNot() {
    // 10:00 in London (British Summer Time) on Monday 11 May 2026
    clock.set(Clock.fixed(Instant.parse("2026-05-11T09:00:00Z"), HubClock.LONDON));
    // an RMC of another day does not count for today
    Hub.put(
        Hub.ESR_IN,
        "DE_SEV_RMC_20260508_00000001.DAT",
        "HDR,RMC,SEV,00000001,20260508090000",
        "TRL,0");
    ingest.ingest(Hub.ESR_IN, "DE_SEV_RMC_20260508_00000001.DAT");

    arrivals("SEV").body("job", equalTo("ARRIVALS")).body("missing", contains("RMC"));
    assertThat(missing()).containsExactly("SEV RMC");

    String today = "DE_SEV_RMC_20260511_00000002.DAT";
    Hub.put(Hub.ESR_IN, today, "HDR,RMC,SEV,00000002,20260511080000", "TRL,0");
    FileReport report = ingest.ingest(Hub.ESR_IN, today);
    assertThat(report.file).isEqualTo(today);
    capture.clear();

    arrivals("SEV").body("missing", empty());
    assertThat(missing()).isEmpty();
    assertThat(capture.events("arrival.checked"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text("lo")).isEqualTo("SEV");
              assertThat(e.text("date")).isEqualTo("2026-05-11");
              assertThat(e.number("missing")).isZero();
            });
  }

  @Test
  void aWeekendIsNotChecked() {
    // Saturday 16 May 2026: no RMC is expected
    clock.set(Clock.fixed(Instant.parse("2026-05-16T09:00:00Z"), HubClock.LONDON));
    arrivals("SEV").body("missing", empty());
    assertThat(missing()).isEmpty();
    assertThat(capture.events("arrival.checked")).isEmpty();
  }

  @Test
  void theJobNamesOneLocalOffice() {
    io.restassured.response.Response response =
        given().contentType("application/json").body("{\"job\":\"ARRIVALS\"}").post();
    assertThat(response.statusCode()).as(response.asString()).isNotEqualTo(200);
  }

  private static io.restassured.response.ValidatableResponse arrivals(String lo) {
    return given()
        .contentType("application/json")
        .body("{\"job\":\"ARRIVALS\",\"lo\":\"" + lo + "\"}")
        .post()
        .then()
        .statusCode(200);
  }
}
