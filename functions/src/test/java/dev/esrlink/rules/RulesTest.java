package dev.esrlink.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.export.LetbExportService;
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

/** One test per rule of spec section 5 that touches the store, each on its own Local Office. */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class RulesTest {
  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject LetbExportService letb;
  @Inject HubClock clock;

  void at(String instant) {
    clock.set(Clock.fixed(Instant.parse(instant), HubClock.LONDON));
  }

  FileReport upload(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    return ingest.ingest(bucket, key);
  }

  static String por(String id, String tpn, String role) {
    return "POR,"
        + id
        + ",,\"C\",\"N"
        + id
        + "\",\"Registrar\",\""
        + tpn
        + "\",\"\",\""
        + role
        + "\",\"ODS\",1,\"O\",\"L\"";
  }

  static String[] rmf(String lo, int seq, String created, List<String> records) {
    List<String> lines = new ArrayList<>();
    lines.add("HDR,RMF," + lo + "," + String.format("%08d", seq) + "," + created);
    lines.addAll(records);
    lines.add("TRL," + records.size());
    return lines.toArray(String[]::new);
  }

  /** Rule 2 and 5.1: the notice window is today + 2 days to today + 13 weeks, both inclusive. */
  @Test
  void noticeWindowIsInclusiveAtBothEnds() {
    at("2026-05-04T10:00:00Z"); // Monday 4 May 2026, London
    String tpn = "YHD/RR800/001/STR/001";
    upload(
        Hub.ESR_IN,
        "DE_YHD_RMF_20260504_00000001.DAT",
        rmf("YHD", 1, "20260504080000", List.of(por("500001", tpn, "LEAD"))));
    upload(Hub.LETB_IN, "LETB_YHD_POSTS_20260504_000001.csv", "tpn", tpn);
    upload(
        Hub.LETB_IN,
        "LETB_YHD_TRAINEES_20260504_000001.csv",
        "traineeId,lastName,firstName,dateOfBirth",
        "Y1,A,B,1990-01-01",
        "Y2,C,D,1990-01-01",
        "Y3,E,F,1990-01-01",
        "Y4,G,H,1990-01-01");
    upload(
        Hub.LETB_IN,
        "LETB_YHD_PLACEMENTS_20260504_000001.csv",
        "placementId,traineeId,tpn,startDate,endDate,placementType,status",
        "W1,Y1," + tpn + ",2026-05-05,2026-12-31,IN_POST,APPROVED", // today + 1: too soon
        "W2,Y2," + tpn + ",2026-05-06,2026-12-31,IN_POST,APPROVED", // today + 2: due
        "W3,Y3," + tpn + ",2026-08-03,2026-12-31,IN_POST,APPROVED", // today + 13 weeks: due
        "W4,Y4," + tpn + ",2026-08-04,2026-12-31,IN_POST,APPROVED"); // one day more: not yet
    String app = esr.applicants("YHD").orElseThrow();
    assertThat(Hub.read(Hub.ESR_OUT, app))
        .contains("\"AW2-500001\"", "\"AW3-500001\"")
        .doesNotContain("AW1-", "AW4-");
    at("2026-05-05T10:00:00Z"); // the window moved one day: W4 is due now, W1 never will be
    String next = esr.applicants("YHD").orElseThrow();
    assertThat(Hub.lines(Hub.ESR_OUT, next)).hasSize(3).anyMatch(l -> l.contains("\"AW4-500001\""));
  }

  /** Rule 5: never more than 40 APP per TPN in one file; a placement's records are never split. */
  @Test
  void atMostFortyApplicantsPerTpnAndPlacementsAreNotSplit() {
    at("2026-05-04T10:00:00Z");
    String tpn = "WMD/RR800/001/STR/001";
    upload(
        Hub.ESR_IN,
        "DE_WMD_RMF_20260504_00000001.DAT",
        rmf(
            "WMD",
            1,
            "20260504080000",
            List.of(por("600001", tpn, "LEAD"), por("600002", tpn, "HOST"))));
    upload(Hub.LETB_IN, "LETB_WMD_POSTS_20260504_000001.csv", "tpn", tpn);
    List<String> trainees = new ArrayList<>(List.of("traineeId,lastName,firstName,dateOfBirth"));
    List<String> placements =
        new ArrayList<>(
            List.of("placementId,traineeId,tpn,startDate,endDate,placementType,status"));
    for (int i = 10; i < 31; i++) {
      trainees.add("M" + i + ",L,F,1990-01-01");
      placements.add(
          "P" + i + ",M" + i + "," + tpn + ",2026-06-" + i + ",2026-12-31,IN_POST,APPROVED");
    }
    upload(Hub.LETB_IN, "LETB_WMD_TRAINEES_20260504_000001.csv", trainees.toArray(String[]::new));
    upload(
        Hub.LETB_IN, "LETB_WMD_PLACEMENTS_20260504_000001.csv", placements.toArray(String[]::new));
    List<String> first = Hub.lines(Hub.ESR_OUT, esr.applicants("WMD").orElseThrow());
    assertThat(first.get(first.size() - 1)).isEqualTo("TRL,40");
    assertThat(first).noneMatch(l -> l.contains("\"AP30-"));
    List<String> second = Hub.lines(Hub.ESR_OUT, esr.applicants("WMD").orElseThrow());
    assertThat(second.subList(1, second.size()))
        .containsExactly(second.get(1), second.get(2), "TRL,2");
    assertThat(second.get(1)).contains("\"AP30-600001\"");
    assertThat(second.get(2)).contains("\"AP30-600002\"");
  }

  /**
   * Rule 7: a newer RMF deletes what it no longer holds, and one that deletes too much is
   * quarantined.
   */
  @Test
  void fullSnapshotDeletesMissingPositionsAndGuardsMassDeletion() {
    at("2026-05-04T10:00:00Z");
    List<String> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(por("70000" + i, "NWN/RR800/001/STR/00" + i, "LEAD"));
    }
    assertThat(
            upload(
                    Hub.ESR_IN,
                    "DE_NWN_RMF_20260504_00000001.DAT",
                    rmf("NWN", 1, "20260504080000", ten))
                .status)
        .isEqualTo("APPLIED");
    FileReport tooMany =
        upload(
            Hub.ESR_IN,
            "DE_NWN_RMF_20260505_00000002.DAT",
            rmf("NWN", 2, "20260505080000", ten.subList(0, 7)));
    assertThat(tooMany.status).isEqualTo("QUARANTINED");
    assertThat(tooMany.reason).contains("3 of 10 live positions");
    assertThat(Hub.keys(Hub.OPS, "quarantine/DE_NWN_RMF_20260505")).hasSize(1);
    FileReport fewer =
        upload(
            Hub.ESR_IN,
            "DE_NWN_RMF_20260506_00000003.DAT",
            rmf("NWN", 3, "20260506080000", ten.subList(0, 8)));
    assertThat(fewer.status).isEqualTo("APPLIED");
    assertThat(fewer.warnings).isEmpty(); // sequence 2 was received (and quarantined): no gap
    letb.reconciliationAndUpdates("NWN");
    String reconciliation = Hub.read(Hub.LETB_OUT, "LETB_NWN_RECONCILIATION_20260504_000001.csv");
    assertThat(reconciliation)
        .contains(
            "NWN/RR800/001/STR/008,DELETED,700008",
            "NWN/RR800/001/STR/009,DELETED,700009",
            "NWN/RR800/001/STR/007,UNMATCHED_POSITION,700007");
  }

  /** Rule 8: an older file never overwrites newer data; its records are ACCEPTED 'superseded'. */
  @Test
  void olderFileIsSupersededAndAPositionMovesWithItsTpn() {
    at("2026-05-04T10:00:00Z");
    upload(
        Hub.ESR_IN,
        "DE_EMD_RMC_20260504_00000007.DAT",
        "HDR,RMC,EMD,00000007,20260504100000",
        por("800001", "EMD/RR800/001/STR/002", "LEAD"),
        "TRL,1");
    FileReport older =
        upload(
            Hub.ESR_IN,
            "DE_EMD_RMC_20260503_00000006.DAT",
            "HDR,RMC,EMD,00000006,20260503100000",
            por("800001", "EMD/RR800/001/STR/001", "HOST"),
            "TRL,1");
    assertThat(older.applied).isEqualTo(1);
    assertThat(older.warnings).contains("1 records superseded by newer data already held");
    String rtc =
        Hub.keys(Hub.ESR_OUT, "DE_EMD_RTC_").stream()
            .map(k -> Hub.read(Hub.ESR_OUT, k))
            .filter(t -> t.contains("DE_EMD_RMC_20260503_00000006.DAT"))
            .findFirst()
            .orElseThrow();
    assertThat(rtc).contains("\"POR\",\"800001\",\"ACCEPTED\",\"superseded\"");
    FileReport gap =
        upload(
            Hub.ESR_IN,
            "DE_EMD_RMC_20260505_00000009.DAT",
            "HDR,RMC,EMD,00000009,20260505100000",
            "TRL,0");
    assertThat(gap.warnings)
        .containsExactly("inbound sequence gap for EMD RMC: expected 8, received 9");
    upload(Hub.LETB_IN, "LETB_EMD_POSTS_20260504_000009.csv", "tpn", "EMD/RR800/001/STR/002");
    letb.reconciliationAndUpdates("EMD");
    assertThat(Hub.read(Hub.LETB_OUT, Hub.keys(Hub.LETB_OUT, "LETB_EMD_RECONCILIATION_").get(0)))
        .contains("EMD/RR800/001/STR/002,MATCHED,800001,N800001,LEAD");
  }

  /**
   * Rule 10: repeats count deliveries, conflicts are kept aside, a corrected file is processed
   * afresh.
   */
  @Test
  void repeatsConflictsAndCorrectedFiles() {
    at("2026-05-04T10:00:00Z");
    String name = "LETB_OXF_POSTS_20260504_000001.csv";
    assertThat(upload(Hub.LETB_IN, name, "tpn", "OXF/RR800/001/STR/001").deliveries).isEqualTo(1);
    FileReport repeat = ingest.ingest(Hub.LETB_IN, name);
    assertThat(repeat.deliveries).isEqualTo(2);
    FileReport conflict = upload(Hub.LETB_IN, name, "tpn", "OXF/RR800/001/STR/999");
    assertThat(conflict.status).isEqualTo("APPLIED");
    assertThat(conflict.conflicts).hasSize(1);
    assertThat(Hub.keys(Hub.OPS, "quarantine/" + name))
        .containsExactly("quarantine/" + name + ".conflict-1");

    String bad = "LETB_OXF_TRAINEES_20260504_000001.csv";
    assertThat(upload(Hub.LETB_IN, bad, "traineeId,lastName").status).isEqualTo("QUARANTINED");
    FileReport corrected =
        upload(Hub.LETB_IN, bad, "traineeId,lastName,firstName,dateOfBirth", "O1,Ng,Li,1990-01-01");
    assertThat(corrected.status).isEqualTo("APPLIED");
    assertThat(corrected.previous).hasSize(1);
    assertThat(corrected.previous.get(0).status).isEqualTo("QUARANTINED");
    assertThat(corrected.previous.get(0).reason).contains("required column firstName is missing");
  }
}
