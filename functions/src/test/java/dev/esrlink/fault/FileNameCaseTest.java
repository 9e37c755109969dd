package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * A file name in another case is the same name: one receipt, one report and one RTC under the
 * canonical form, and the RTC sequences stay gap-free. Local Office MER.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class FileNameCaseTest {
  static final String LO = "MER";
  static final long FIRST = 9_350_000;

  @Inject IngestService ingest;
  @Inject HubClock clock;

  static long sequenceOf(String rtcKey) {
    return Long.parseLong(rtcKey.substring(rtcKey.length() - 12, rtcKey.length() - 4));
  }

  @Test
  void aLowerCaseNameIsProcessedUnderItsCanonicalFormWithoutASequenceGap() {
    clock.set(Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), HubClock.LONDON));
    List<String> before = Hub.keys(Hub.ESR_OUT, "DE_" + LO + "_RTC_");
    long last = before.stream().mapToLong(FileNameCaseTest::sequenceOf).max().orElse(0);
    String canonical = Dat.name("RMC", LO, "20260415", 60);
    String lower = "de_mer_rmc_20260415_00000060.dat";
    String text = Dat.file("RMC", LO, 60, "20260415080000", Dat.positions(LO, FIRST, 2, "Reg"));
    Dat.put(Hub.ESR_IN, lower, text);

    FileReport report = ingest.ingest(Hub.ESR_IN, lower);

    assertThat(report.file).isEqualTo(canonical);
    assertThat(report.status).isEqualTo("APPLIED");
    assertThat(report.applied).isEqualTo(4);
    assertThat(Hub.keys(Hub.OPS, "reports/" + canonical)).hasSize(1);
    assertThat(Hub.keys(Hub.OPS, "reports/" + lower)).isEmpty();
    List<String> rtcs = Dat.rtcsOf(LO, canonical);
    assertThat(rtcs).hasSize(1);
    assertThat(sequenceOf(rtcs.get(0))).isEqualTo(last + 1);

    // the same bytes under the upper-case name are the same file delivered again
    Dat.put(Hub.ESR_IN, canonical, text);
    FileReport again = ingest.ingest(Hub.ESR_IN, canonical);
    assertThat(again.deliveries).isEqualTo(2);

    // the next file's RTC follows without a gap
    String next = Dat.name("RMC", LO, "20260415", 61);
    Dat.put(
        Hub.ESR_IN,
        next,
        Dat.file("RMC", LO, 61, "20260415090000", Dat.positions(LO, FIRST + 2, 1, "Reg")));
    assertThat(ingest.ingest(Hub.ESR_IN, next).status).isEqualTo("APPLIED");
    List<String> after = new ArrayList<>(Hub.keys(Hub.ESR_OUT, "DE_" + LO + "_RTC_"));
    after.removeAll(before);
    assertThat(after.stream().map(FileNameCaseTest::sequenceOf).toList())
        .containsExactly(last + 1, last + 2);
  }

  /** Whether a request records an RTC sequence in a receipt (alone or in a transaction). */
  static boolean recordsRtcSequence(SdkRequest request) {
    if (request instanceof PutItemRequest put) {
      return put.item().containsKey("rtcSequence");
    }
    return request instanceof TransactWriteItemsRequest transaction
        && transaction.transactItems().stream()
            .anyMatch(t -> t.put() != null && t.put().item().containsKey("rtcSequence"));
  }

  @Test
  void anAttemptThatCannotRecordItsRtcSequenceTakesNone() {
    clock.set(Clock.fixed(Instant.parse("2026-04-15T11:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    List<String> before = Hub.keys(Hub.ESR_OUT, "DE_" + LO + "_RTC_");
    long last = before.stream().mapToLong(FileNameCaseTest::sequenceOf).max().orElse(0);
    String name = Dat.name("RMC", LO, "20260415", 62);
    Dat.put(
        Hub.ESR_IN,
        name,
        Dat.file("RMC", LO, 62, "20260415100000", Dat.positions(LO, FIRST + 3, 1, "Reg")));
    FaultInjector.failOnce(
        FileNameCaseTest::recordsRtcSequence,
        () -> SdkClientException.create("injected: connection reset"));

    assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, name))
        .isInstanceOf(SdkClientException.class);
    assertThat(ingest.ingest(Hub.ESR_IN, name).status).isEqualTo("APPLIED");

    List<String> after = new ArrayList<>(Hub.keys(Hub.ESR_OUT, "DE_" + LO + "_RTC_"));
    after.removeAll(before);
    assertThat(after.stream().map(FileNameCaseTest::sequenceOf).toList()).containsExactly(last + 1);
    FaultInjector.reset();
  }
}
