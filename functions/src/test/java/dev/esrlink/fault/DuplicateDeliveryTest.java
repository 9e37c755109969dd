package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S3 delivers events at least once: the same event twice in a row, and twice at the same time, has
 * one effect (rule 10). Local Office MER.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class DuplicateDeliveryTest {
  static final String LO = "MER";

  @Inject IngestService ingest;
  @Inject HubClock clock;

  @BeforeEach
  void setUp() {
    clock.set(Clock.fixed(Instant.parse("2026-04-06T10:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
  }

  @AfterEach
  void tearDown() {
    FaultInjector.reset();
  }

  @Test
  void theSameEventTwiceInARowCountsADeliveryAndNothingElse() {
    String key = Dat.name("RMC", LO, "20260406", 1);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 1, "20260406090000", Dat.positions(LO, 5_100_000, 200, "Registrar")));

    Response first = Dat.deliver(key);
    Response second = Dat.deliver(key);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(first.jsonPath().getInt("deliveries")).isEqualTo(1);
    assertThat(second.jsonPath().getInt("deliveries")).isEqualTo(2);
    JsonPath report = new JsonPath(Dat.report(key));
    assertThat(report.getString("status")).isEqualTo("APPLIED");
    assertThat(report.getInt("deliveries")).isEqualTo(2);
    assertThat(report.getInt("read")).isEqualTo(400);
    assertThat(report.getInt("applied")).isEqualTo(400);
    assertThat(Dat.rtcsOf(LO, key)).hasSize(1);
    FaultInjector.assertEachWrittenOnce(400);
  }

  @Test
  void twoDeliveriesAtOnceHaveOneEffect() throws Exception {
    String key = Dat.name("RMC", LO, "20260406", 2);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 2, "20260406091000", Dat.positions(LO, 5_101_000, 200, "Registrar")));
    CountDownLatch firstIsWriting = new CountDownLatch(1);
    CountDownLatch secondHasTried = new CountDownLatch(1);
    FaultInjector.pauseOnNextBatchWrite(
        () -> {
          firstIsWriting.countDown();
          await(secondHasTried);
        });
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<FileReport> first = threads.submit(() -> ingest.ingest(Hub.ESR_IN, key));
      await(firstIsWriting);
      // the second invocation arrives while the first holds the receipt's lease
      assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, key))
          .isInstanceOf(EsrLinkException.class)
          .hasMessageContaining("being processed by another invocation");
      secondHasTried.countDown();
      assertThat(first.get(60, TimeUnit.SECONDS).status).isEqualTo("APPLIED");
    } finally {
      threads.shutdownNow();
    }
    // Lambda retries the failed invocation: now a repeat
    FileReport retried = ingest.ingest(Hub.ESR_IN, key);
    assertThat(retried.deliveries).isEqualTo(2);
    assertThat(retried.read).isEqualTo(400);
    assertThat(retried.applied).isEqualTo(400);
    assertThat(Dat.rtcsOf(LO, key)).hasSize(1);
    FaultInjector.assertEachWrittenOnce(400);
  }

  @Test
  void aFreeRaceOfTwoDeliveriesHasOneEffect() throws Exception {
    String key = Dat.name("RMC", LO, "20260406", 3);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 3, "20260406092000", Dat.positions(LO, 5_102_000, 100, "Registrar")));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<FileReport>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  return ingest.ingest(Hub.ESR_IN, key);
                }));
      }
      int failed = 0;
      for (Future<FileReport> run : runs) {
        try {
          run.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause())
              .isInstanceOf(EsrLinkException.class)
              .hasMessageContaining("retried");
          failed++;
        }
      }
      assertThat(failed).isLessThanOrEqualTo(1);
      JsonPath report = new JsonPath(Dat.report(key));
      assertThat(report.getString("status")).isEqualTo("APPLIED");
      assertThat(report.getInt("deliveries")).isEqualTo(2 - failed);
      assertThat(report.getInt("applied")).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }
    assertThat(Dat.rtcsOf(LO, key)).hasSize(1);
    FaultInjector.assertEachWrittenOnce(200);
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
