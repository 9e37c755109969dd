package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB throttling and UnprocessedItems, injected into the functions' SDK client: retried with
 * back-off until everything is written; what cannot be written in time fails the invocation, and
 * the retry completes the file. Local Office OXF.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ThrottlingTest {
  static final String LO = "OXF";

  @Inject HubClock clock;

  @BeforeEach
  void setUp() {
    clock.set(Clock.fixed(Instant.parse("2026-04-07T16:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
  }

  @AfterEach
  void tearDown() {
    FaultInjector.reset();
  }

  @Test
  void unprocessedItemsAndThrottlingAreRetriedUntilEverythingIsWritten() {
    long first = 5_201_000;
    String key = Dat.name("RMC", LO, "20260407", 3);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 3, "20260407100000", Dat.positions(LO, first, 300, "Registrar")));
    FaultInjector.unprocessed(6, 7);
    FaultInjector.throttle(2);

    Response response = Dat.deliver(key);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getInt("applied")).isEqualTo(600);
    assertThat(FaultInjector.faultsThrown()).isEqualTo(2);
    assertThat(Table.positions(first, 300)).hasSize(600);
    FaultInjector.assertEachWrittenOnce(600);
  }

  @Test
  void whatCannotBeWrittenInTimeFailsTheInvocationAndTheRetryCompletesIt() {
    long first = 5_202_000;
    String key = Dat.name("RMC", LO, "20260407", 4);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 4, "20260407110000", Dat.positions(LO, first, 100, "Registrar")));
    // every call writes one item and leaves the rest unprocessed, for longer than the retries last
    FaultInjector.unprocessed(Integer.MAX_VALUE, 100);

    Response failed = Dat.deliver(key);

    assertThat(failed.statusCode()).isNotEqualTo(200);
    assertThat(failed.asString()).contains("left items unprocessed after 10 attempts");
    Map<String, Integer> firstAttempt = new HashMap<>(FaultInjector.writesByKey());
    assertThat(firstAttempt).isNotEmpty().hasSizeLessThan(200);

    FaultInjector.disarm();
    Response retried = Dat.deliver(key);

    assertThat(retried.statusCode()).isEqualTo(200);
    JsonPath report = new JsonPath(Dat.report(key));
    assertThat(report.getString("status")).isEqualTo("APPLIED");
    assertThat(report.getInt("read")).isEqualTo(200);
    assertThat(report.getInt("applied")).isEqualTo(200);
    assertThat(report.getInt("deliveries")).isEqualTo(1);
    assertThat(Table.positions(first, 100)).hasSize(200);
    assertThat(Dat.rtcsOf(LO, key)).hasSize(1);
    // the retry wrote only what the failed attempt had not: nothing twice
    FaultInjector.assertEachWrittenOnce(200);
  }
}
