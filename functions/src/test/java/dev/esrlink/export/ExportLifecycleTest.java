package dev.esrlink.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
import dev.esrlink.file.FileType;
import dev.esrlink.store.ExportRuns.Run;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one lifecycle every outbound file type runs through (rule 9), with exports of its two shapes
 * that hold what they send in memory, on a Local Office code of their own ({@code ZLC}, no real
 * office) so no other test shares their runs.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ExportLifecycleTest {
  static final String LO = "ZLC";

  @Inject ExportLifecycle lifecycle;
  @Inject HubClock clock;

  /**
   * LOADRESULTS rows claimed in memory; its claim can die once, after the run took its sequence.
   */
  static final class Claiming implements ClaimingExport<Map<String, String>> {
    final List<Map<String, String>> pending = new ArrayList<>();
    final Map<Long, List<Map<String, String>>> claimed = new HashMap<>();
    boolean dieInNextClaim;

    @Override
    public FileType type() {
      return FileType.LOADRESULTS;
    }

    @Override
    public List<Map<String, String>> due(ExportScope scope) {
      return List.copyOf(pending);
    }

    @Override
    public void claim(ExportScope scope, List<Map<String, String>> due, Run run) {
      if (dieInNextClaim) {
        dieInNextClaim = false;
        throw new IllegalStateException("injected: the run dies before claiming");
      }
      claimed.computeIfAbsent(run.sequence(), s -> new ArrayList<>()).addAll(due);
      pending.removeAll(due);
    }

    @Override
    public List<Map<String, String>> claimed(String lo, Run run) {
      return new ArrayList<>(claimed.getOrDefault(run.sequence(), List.of()));
    }
  }

  /** RECONCILIATION rows as of the scope's day. */
  static final class Snapshot implements DailySnapshot {
    @Override
    public FileType type() {
      return FileType.RECONCILIATION;
    }

    @Override
    public List<Map<String, String>> rows(ExportScope scope) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("tpn", "ZLC/" + scope.today());
      row.put("status", "MATCHED");
      return new ArrayList<>(List.of(row));
    }
  }

  static Map<String, String> result(String ref) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("placementId", "P" + ref);
    row.put("ref", ref);
    row.put("kind", "APP");
    row.put("status", "LOADED");
    return row;
  }

  void today(String instant) {
    clock.set(Clock.fixed(Instant.parse(instant), HubClock.LONDON));
  }

  @Test
  void aClaimingRunTakesNoSequenceForNothingAndARunThatDiedBeforeClaimingClaimsUnderItsOwn() {
    today("2026-05-06T12:00:00Z");
    Claiming export = new Claiming();
    assertThat(lifecycle.run(export, LO)).isEmpty();

    export.pending.add(result("R1"));
    String first = "LETB_ZLC_LOADRESULTS_20260506_000001.csv";
    assertThat(lifecycle.run(export, LO)).contains(first);
    assertThat(lifecycle.run(export, LO)).isEmpty();

    export.pending.add(result("R2"));
    export.dieInNextClaim = true;
    assertThatThrownBy(() -> lifecycle.run(export, LO)).hasMessageContaining("injected");
    // what became due meanwhile goes in the file of the sequence the dead run took
    export.pending.add(result("R3"));
    String second = "LETB_ZLC_LOADRESULTS_20260506_000002.csv";
    assertThat(lifecycle.run(export, LO)).contains(second);
    assertThat(lifecycle.run(export, LO)).isEmpty();

    assertThat(Hub.lines(Hub.LETB_OUT, first))
        .containsExactly(
            "placementId,tpn,ref,kind,status,message,sourceFile", "PR1,,R1,APP,LOADED,,");
    assertThat(Hub.lines(Hub.LETB_OUT, second))
        .containsExactly(
            "placementId,tpn,ref,kind,status,message,sourceFile",
            "PR2,,R2,APP,LOADED,,",
            "PR3,,R3,APP,LOADED,,");
  }

  @Test
  void aDailySnapshotIsRewrittenTheSameDayAndTakesTheNextSequenceTheNextDay() {
    Snapshot export = new Snapshot();
    today("2026-05-07T08:00:00Z");
    String first = "LETB_ZLC_RECONCILIATION_20260507_000001.csv";
    assertThat(lifecycle.run(export, LO)).contains(first);
    today("2026-05-07T15:00:00Z");
    assertThat(lifecycle.run(export, LO)).contains(first);
    assertThat(Hub.keys(Hub.LETB_OUT, "LETB_ZLC_RECONCILIATION_")).containsExactly(first);

    today("2026-05-08T08:00:00Z");
    assertThat(lifecycle.run(export, LO)).contains("LETB_ZLC_RECONCILIATION_20260508_000002.csv");
    assertThat(Hub.lines(Hub.LETB_OUT, first)).contains("ZLC/2026-05-07,MATCHED,,,,,,");
  }
}
