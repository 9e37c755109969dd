package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.export.LetbExportService;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Rules 7 and 8 do not depend on the order files arrive in: an RMC and a newer RMF of one Local
 * Office give the same store and the same RECONCILIATION whichever comes first, including the
 * DELETED row of a position only the older RMC held. SEV gets them in order, PEN in reverse; their
 * RMFs are older than anything other tests store there (January), so they delete nothing of theirs,
 * and the guard is off for both offices (other tests' positions are live there).
 */
@QuarkusTest
@TestProfile(ArrivalOrderTest.Profile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ArrivalOrderTest {
  static final long BASE = 9_500_000;

  /** ingestEsrFile, with the mass-deletion guard of SEV and PEN at 100%. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.funqy.export",
          "ingestEsrFile",
          "esrlink.rules.mass-deletion-percent-by-office",
          "SEV=100,PEN=100");
    }
  }

  @Inject IngestService ingest;
  @Inject LetbExportService letb;
  @Inject HubClock clock;

  /** The older RMC: position 0 (its old title) and position 2, which only it holds. */
  static String rmc(String lo, long base) {
    List<String> records = new ArrayList<>(Dat.positions(lo, base, 1, "Old Title"));
    records.addAll(Dat.positions(lo, base + 2, 1, "Only In The Rmc"));
    return Dat.file("RMC", lo, 1, "20260101080000", records);
  }

  /** The newer RMF: positions 0 and 1. */
  static String rmf(String lo, long base) {
    return Dat.file("RMF", lo, 1, "20260102080000", Dat.positions(lo, base, 2, "New Title"));
  }

  FileReport deliver(String lo, long base, String type) {
    String key = Dat.name(type, lo, type.equals("RMC") ? "20260101" : "20260102", 1);
    Dat.put(Hub.ESR_IN, key, type.equals("RMC") ? rmc(lo, base) : rmf(lo, base));
    return ingest.ingest(Hub.ESR_IN, key);
  }

  /** Ids, TPNs and the Local Office made neutral. */
  static String neutral(String text, String lo, long base) {
    for (int k = 0; k < 3; k++) {
      text =
          text.replace(String.valueOf(base + k), "ID" + k)
              .replace("STR/%03d".formatted((base + k) % 1000), "STR/N" + k);
    }
    return text.replace(lo, "LO");
  }

  /** The RECONCILIATION rows of the three positions, made neutral. */
  List<String> reconciliationRows(String lo, long base) {
    String file =
        letb.reconciliationAndUpdates(lo).stream()
            .filter(k -> k.contains("_RECONCILIATION_"))
            .findFirst()
            .orElseThrow();
    return Hub.lines(Hub.LETB_OUT, file).stream()
        .filter(
            l ->
                l.contains("," + base + ",")
                    || l.contains("," + (base + 1) + ",")
                    || l.contains("," + (base + 2) + ","))
        .map(l -> neutral(l, lo, base))
        .toList();
  }

  /** Deleted flag, title and writing file of each stored part of the three positions. */
  static Map<String, String> stored(String lo, long base) {
    Map<String, String> parts = new TreeMap<>();
    Table.positions(base, 3)
        .forEach(
            (k, item) ->
                parts.put(
                    neutral(k, lo, base),
                    item.getOrDefault("deleted", AttributeValue.fromBool(false)).bool()
                        + " "
                        + Table.title(item)
                        + " "
                        + neutral(item.get("sourceFile").s(), lo, base)));
    return parts;
  }

  @Test
  void anRmcAndANewerRmfGiveTheSameOutcomeInEitherOrder() {
    clock.set(Clock.fixed(Instant.parse("2026-01-02T12:00:00Z"), HubClock.LONDON));
    long sev = BASE;
    long pen = BASE + 10;
    assertThat(deliver("SEV", sev, "RMC").status).isEqualTo("APPLIED");
    assertThat(deliver("SEV", sev, "RMF").status).isEqualTo("APPLIED");
    assertThat(deliver("PEN", pen, "RMF").status).isEqualTo("APPLIED");
    FileReport older = deliver("PEN", pen, "RMC");
    assertThat(older.status).isEqualTo("APPLIED");
    assertThat(older.applied).isEqualTo(4);

    Map<String, String> inOrder = stored("SEV", sev);
    assertThat(inOrder)
        .containsEntry("ID0|POS", "false New Title DE_LO_RMF_20260102_00000001.DAT")
        .containsEntry("ID1|POR", "false New Title DE_LO_RMF_20260102_00000001.DAT")
        .containsEntry("ID2|POS", "true Only In The Rmc DE_LO_RMF_20260102_00000001.DAT")
        .containsEntry("ID2|POR", "true Only In The Rmc DE_LO_RMF_20260102_00000001.DAT");
    assertThat(stored("PEN", pen)).isEqualTo(inOrder);
    List<String> inOrderRows = reconciliationRows("SEV", sev);
    assertThat(inOrderRows).hasSize(3).anyMatch(l -> l.contains(",DELETED,ID2,"));
    assertThat(reconciliationRows("PEN", pen)).isEqualTo(inOrderRows);
  }
}
