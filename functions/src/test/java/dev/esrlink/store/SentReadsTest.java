package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.LoadResults.LoadResult;
import dev.esrlink.store.LoadResults.StoredResult;
import dev.esrlink.store.Notifications.StoredNotification;
import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.store.SentPersonUpdates.StoredUpdate;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import dev.esrlink.tpn.Tpn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code explain} and the status pages read of the exports' kinds, read back through their
 * store classes: sent applicants and notifications with ESR's load status, load results of one
 * file, sent updates by trainee, and the finished runs of a file type with their object keys.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class SentReadsTest {
  static final String LO = "SR1";
  static final Tpn TPN = Tpn.of("SR1/RTH01/001/STR/001");

  @Inject TableStore store;
  @Inject SentApplicants applicants;
  @Inject Notifications notifications;
  @Inject LoadResults loadResults;
  @Inject SentPersonUpdates updates;
  @Inject ExportRuns runs;

  @Test
  void aSentApplicantReadsItsRunAndTheStatusItsApcGave() {
    applicants.record(
        LO,
        7,
        "DE_SR1_APP_20260401_00000007.DAT",
        List.of(
            new SentApplicants.Sending(
                "SRP1",
                "8001",
                "ASRP1-8001",
                TPN,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 5, 31),
                Map.of("applicantRef", "ASRP1-8001"))));
    SentApplicant sent = applicants.ofOffice(LO).get(0);
    assertThat(sent.loadStatus()).isNull();
    assertThat(sent.storeKey()).isEqualTo(SentApplicants.storeKey("SRP1", "8001"));

    store.setStatus("APP#SRP1", "POS#8001", "SUCCESS");

    SentApplicant confirmed = applicants.ofOffice(LO).get(0);
    assertThat(confirmed.loadStatus()).isEqualTo("SUCCESS");
    assertThat(confirmed.sentIn()).isEqualTo("DE_SR1_APP_20260401_00000007.DAT");
    assertThat(confirmed.sequence()).isEqualTo(7);
    assertThat(confirmed.ref()).isEqualTo("ASRP1-8001");
  }

  @Test
  void aNotificationReadsPendingThenSentThenItsDccStatus() {
    notifications.raise(
        LO,
        List.of(new Notifications.Raised("NSR1", TPN, "SRP2", Map.of("notificationType", "3"))));
    StoredNotification raised = notifications.ofOffice(LO).get(0);
    assertThat(raised.pending()).isTrue();
    assertThat(raised.sent()).isFalse();
    assertThat(raised.sentIn()).isNull();
    assertThat(raised.placementId()).isEqualTo("SRP2");
    assertThat(raised.tpn()).isEqualTo(TPN.value());
    assertThat(raised.row()).containsEntry("notificationType", "3");

    notifications.claim(List.of(raised), 2, "DE_SR1_DNC_20260401_00000002.DAT");
    store.setStatus("NOT#NSR1", "NOT", "FAILED");

    StoredNotification sent = notifications.ofOffice(LO).get(0);
    assertThat(sent.pending()).isFalse();
    assertThat(sent.sent()).isTrue();
    assertThat(sent.sentIn()).isEqualTo("DE_SR1_DNC_20260401_00000002.DAT");
    assertThat(sent.sequence()).isEqualTo(2);
    assertThat(sent.loadStatus()).isEqualTo("FAILED");
    assertThat(sent.ref()).isEqualTo("NSR1");
  }

  @Test
  void theLoadResultsOfOneFileAreReadInLineOrder() {
    loadResults.putAll(
        List.of(
            result("DE_SR2_APC_20260402_00000002.DAT", 1, "ASR-2"),
            result("DE_SR2_APC_20260401_00000001.DAT", 2, "ASR-1B"),
            result("DE_SR2_APC_20260401_00000001.DAT", 1, "ASR-1A")));

    List<StoredResult> first = loadResults.fromFile("SR2", "DE_SR2_APC_20260401_00000001.DAT");
    assertThat(first).extracting(StoredResult::ref).containsExactly("ASR-1A", "ASR-1B");
    assertThat(first.get(0).status()).isEqualTo("SUCCESS");
    assertThat(first.get(0).placementId()).isEqualTo("SRP-ASR-1A");
    assertThat(loadResults.ofOffice("SR2"))
        .extracting(StoredResult::sourceFile)
        .containsExactly(
            "DE_SR2_APC_20260401_00000001.DAT",
            "DE_SR2_APC_20260401_00000001.DAT",
            "DE_SR2_APC_20260402_00000002.DAT");
  }

  @Test
  void sentUpdatesReadTheirTraineeAndTheFinishedRunsTheirFiles() {
    Run first = runs.start("SR3", "ESRUPDATES", seq -> "sr3/updates-" + seq + ".csv");
    runs.close(first, 1);
    Run second = runs.start("SR3", "ESRUPDATES", seq -> "sr3/updates-" + seq + ".csv");
    runs.recordDay(second, "2026-04-02");
    runs.close(second, 1);
    runs.start("SR3", "ESRUPDATES", seq -> "sr3/updates-" + seq + ".csv");
    updates.record(
        "SR3",
        second.sequence(),
        List.of(
            new SentPersonUpdates.Update(
                0, Map.of("traineeId", "SRT1", "field", "gradeCode", "newValue", "ST3"))));

    assertThat(runs.closed("SR3", "ESRUPDATES"))
        .extracting(Run::sequence, Run::key)
        .containsExactly(tuple(1L, "sr3/updates-1.csv"), tuple(2L, "sr3/updates-2.csv"));
    StoredUpdate update = updates.ofOffice("SR3").get(0);
    assertThat(update.traineeId()).isEqualTo("SRT1");
    assertThat(update.sequence()).isEqualTo(2);
    assertThat(update.row()).containsEntry("field", "gradeCode");
    assertThat(updates.claimedBy("SR3", 2)).containsExactly(update.row());
  }

  private static LoadResult result(String file, long line, String ref) {
    return new LoadResult(
        "SR2", file, line, "SRP-" + ref, TPN, ref, "APP", "SUCCESS", null, null, null);
  }
}
