package dev.esrlink.fault;

import static dev.esrlink.fault.DuplicateDeliveryTest.await;
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
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * A file that takes longer than the processing lease keeps it: the lease is renewed while the file
 * is worked on, so a duplicate delivery after the first lease would have run out does not take the
 * file over mid-run. Local Office OXF.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class SlowFileLeaseTest {
  static final String LO = "OXF";
  static final Instant START = Instant.parse("2026-04-16T10:00:00Z");

  @Inject IngestService ingest;
  @Inject HubClock clock;

  void at(Instant instant) {
    clock.set(Clock.fixed(instant, HubClock.LONDON));
  }

  @AfterEach
  void tearDown() {
    FaultInjector.reset();
  }

  @Test
  void aSlowFileRenewsItsLeaseAndADuplicateDoesNotTakeItOver() throws Exception {
    at(START);
    FaultInjector.reset();
    String key = Dat.name("RMC", LO, "20260416", 70);
    Dat.put(
        Hub.ESR_IN,
        key,
        Dat.file("RMC", LO, 70, "20260416090000", Dat.positions(LO, 9_450_000, 200, "Reg")));
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    FaultInjector.pauseOnNextBatchWrite(
        () -> {
          writing.countDown();
          await(goOn);
        });
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<FileReport> slow = threads.submit(() -> ingest.ingest(Hub.ESR_IN, key));
      await(writing);

      // a minute on, the file still being written: its lease is renewed for another 120 s
      long renewedUntil = START.getEpochSecond() + 60 + 120;
      CountDownLatch renewed = new CountDownLatch(1);
      FaultInjector.afterNext(
          r ->
              r instanceof PutItemRequest put
                  && put.item().get("PK").s().endsWith("/" + key)
                  && AttributeValue.fromN(Long.toString(renewedUntil))
                      .equals(put.item().get("leaseUntil")),
          renewed::countDown);
      at(START.plusSeconds(60));
      assertThat(renewed.await(30, TimeUnit.SECONDS)).as("lease renewed").isTrue();

      // 150 s after the start the first lease would have run out: a duplicate must not take over
      at(START.plusSeconds(150));
      assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, key))
          .isInstanceOf(EsrLinkException.class)
          .hasMessageContaining("being processed by another invocation");

      goOn.countDown();
      FileReport report = slow.get(60, TimeUnit.SECONDS);
      assertThat(report.status).isEqualTo("APPLIED");
      assertThat(report.applied).isEqualTo(400);
    } finally {
      goOn.countDown();
      threads.shutdownNow();
    }
    assertThat(ingest.ingest(Hub.ESR_IN, key).deliveries).isEqualTo(2);
    assertThat(Dat.rtcsOf(LO, key)).hasSize(1);
    FaultInjector.assertEachWrittenOnce(400);
  }
}
