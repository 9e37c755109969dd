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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 4's vacancy and post-deleted notifications, and rule 6's person updates from the lead
 * employer only, on TPNs of their own in Local Office MER (other tests write MER too: only this
 * test's TPNs and trainee are looked at).
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class NotificationAndUpdateRulesTest {
  static final String LO = "MER";
  static final String VACANT = "MER/RR700/001/STR/001";
  static final String ENDED = "MER/RR700/001/STR/002";

  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject LetbExportService letb;
  @Inject HubClock clock;

  FileReport upload(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    FileReport report = ingest.ingest(bucket, key);
    assertThat(report.status).as("%s %s", key, report.reason).isEqualTo("APPLIED");
    assertThat(report.rejected).as("%s %s", key, report.rejections).isZero();
    return report;
  }

  static String por(long id, String tpn, String role) {
    return "POR,%d,,\"C\",\"N%d\",\"Registrar\",\"%s\",\"\",\"%s\",\"ODS\",1,\"O\",\"L\""
        .formatted(id, id, tpn, role);
  }

  static String pers(long person, String lastName, String firstName) {
    return "PERS,%d,\"C\",\"Dr\",\"%s\",\"%s\",\"\",\"\",19900101,\"\",\"\",\"\",\"\",\"\",\"\",\"\",20260401"
        .formatted(person, lastName, firstName);
  }

  static String asg(long person, long position, String tpn) {
    return "ASG,%d,A%d,\"C\",%d,\"N%d\",\"%s\",\"1\",\"ACTIVE\",20250801,20260804,\"ST3\",1.0,96,\"LOC\""
        .formatted(person, person, position, position, tpn);
  }

  /** The lines of the Local Office's next DNC that concern a TPN (none when no DNC is due). */
  List<String> dncLinesOf(String tpn) {
    return esr.notifications(LO).map(dnc -> Hub.lines(Hub.ESR_OUT, dnc)).orElse(List.of()).stream()
        .filter(l -> l.contains("\"" + tpn + "\""))
        .toList();
  }

  @Test
  void vacancyPostDeletedAndPersonUpdatesFromTheLeadEmployerOnly() {
    clock.set(Clock.fixed(Instant.parse("2026-04-20T10:00:00Z"), HubClock.LONDON));
    // the host employer's person sorts first under the shared GMC number
    long host = 9_610_001;
    long lead = 9_610_002;
    FileReport rmc =
        upload(
            Hub.ESR_IN,
            "DE_MER_RMC_20260420_00000080.DAT",
            "HDR,RMC,MER,00000080,20260420080000",
            por(9_600_001, VACANT, "LEAD"),
            por(9_600_002, VACANT, "HOST"),
            por(9_600_003, ENDED, "LEAD"),
            pers(host, "Hostname", "Anne"),
            "PBD,%d,\"C\",\"GMC\",\"7000001\",".formatted(host),
            asg(host, 9_600_002, VACANT),
            pers(lead, "Lead", "Ann"),
            "PBD,%d,\"C\",\"GMC\",\"7000001\",".formatted(lead),
            asg(lead, 9_600_001, VACANT),
            "TRL,9");
    assertThat(rmc.applied).isEqualTo(9);
    upload(
        Hub.LETB_IN,
        "LETB_MER_POSTS_20260420_000080.csv",
        "tpn,status",
        VACANT + ",CURRENT",
        ENDED + ",CURRENT");
    upload(
        Hub.LETB_IN,
        "LETB_MER_TRAINEES_20260420_000080.csv",
        "traineeId,gmcNumber,title,lastName,firstName,dateOfBirth",
        "VQ1,7000001,Dr,Lead,Anne,1990-01-01");
    // the current placement ends inside the notice window and nobody follows
    upload(
        Hub.LETB_IN,
        "LETB_MER_PLACEMENTS_20260420_000080.csv",
        "placementId,traineeId,tpn,startDate,endDate,placementType,status",
        "VQP1,VQ1," + VACANT + ",2025-08-06,2026-06-30,IN_POST,APPROVED");

    // rule 4: type 1 with postVacantAtNextRotation Y, one per live matched position
    List<String> vacancy = dncLinesOf(VACANT);
    assertThat(vacancy).as("%s", vacancy).hasSize(2);
    assertThat(vacancy)
        .allSatisfy(
            l -> assertThat(l).contains(",1,\"" + VACANT + "\",\"MER\",").endsWith("\"Y\",\"N\""));
    assertThat(vacancy).anyMatch(l -> l.contains("\"LEAD\"")).anyMatch(l -> l.contains("\"HOST\""));
    assertThat(dncLinesOf(ENDED)).isEmpty();

    // rule 6: the lead employer's first name passes, the host employer's last name does not
    String updates =
        letb.reconciliationAndUpdates(LO).stream()
            .filter(k -> k.contains("_ESRUPDATES_"))
            .findFirst()
            .orElseThrow();
    assertThat(Hub.lines(Hub.LETB_OUT, updates).stream().filter(l -> l.startsWith("VQ1,")))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("VQ1,7000001,firstName,Anne,Ann,")
                    .endsWith(",DE_MER_RMC_20260420_00000080.DAT"));

    // rule 4: the LETB ends a post with a live position: type 1 with postDeleted Y
    clock.set(Clock.fixed(Instant.parse("2026-04-21T10:00:00Z"), HubClock.LONDON));
    upload(Hub.LETB_IN, "LETB_MER_POSTS_20260421_000081.csv", "tpn,status", ENDED + ",INACTIVE");
    List<String> ended = dncLinesOf(ENDED);
    assertThat(ended).as("%s", ended).hasSize(1);
    assertThat(ended.get(0))
        .contains(",1,\"" + ENDED + "\",\"MER\",\"LEAD\"")
        .endsWith("\"N\",\"Y\"");
  }
}
