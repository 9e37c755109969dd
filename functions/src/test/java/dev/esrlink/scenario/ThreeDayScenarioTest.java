package dev.esrlink.scenario;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Day 1: RMF and LETB files, the daily exports. Day 2: a date change. Day 3: a withdrawal. Checked
 * against the exact outbound files. Runs the services as the functions do, with the clock moved.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ThreeDayScenarioTest {
  static final String LO = "KSS";
  static final String T1 = "KSS/RTP00/010/STR/001";
  static final String T2 = "KSS/RTP00/010/STR/002";
  static final String T3 = "KSS/RTP00/010/STR/003";

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

  @Test
  void threeDays() {
    at("2026-03-02T12:00:00Z");
    FileReport rmf =
        upload(
            Hub.ESR_IN,
            "DE_KSS_RMF_20260302_00000001.DAT",
            "HDR,RMF,KSS,00000001,20260302090000",
            "POS,200001,,\"C\",\"P1\",\"Registrar\",\"800\",\"Surgery\",\"\",\""
                + T1
                + "\",\"KSS\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"",
            "POR,200001,,\"C\",\"P1\",\"Registrar\",\""
                + T1
                + "\",\"KSS\",\"LEAD\",\"RTP\",96,\"ORG\",\"LOC\"",
            "POS,200002,,\"C\",\"P2\",\"Registrar\",\"800\",\"Surgery\",\"\",\""
                + T1
                + "\",\"KSS\",\"RTQ\",\"NHS\",\"MS02\",\"ST3\",\"\"",
            "POR,200002,,\"C\",\"P2\",\"Registrar\",\""
                + T1
                + "\",\"KSS\",\"HOST\",\"RTQ\",123,\"ORG\",\"LOC\"",
            "POS,200003,,\"C\",\"P3\",\"Registrar\",\"800\",\"Surgery\",\"\",\"KSS/RTP00/10/STR/3\",\"KSS\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"",
            "PERS,900001,\"C\",\"Dr\",\"Smyth\",\"Anna\",\"\",\"\",19900101,\"F\",\"QQ123456C\",\"anna@example.org\",\"\",\"07000000001\",\"\",\"\",20260301",
            "ADD,900001,\"C\",\"1 New Road\",\"\",\"\",\"Guildford\",\"\",\"GU1 1AA\",\"\",20260301",
            "PBD,900001,\"C\",\"GMC\",\"1234567\",",
            "ASG,900001,A1,\"C\",200001,\"P1\",\""
                + T1
                + "\",\"1\",\"ACTIVE\",20250801,20260804,\"ST3\",1.0,96,\"LOC\"",
            "TRL,9");
    assertThat(rmf.status).isEqualTo("APPLIED");
    assertThat(rmf.read).isEqualTo(9);
    upload(
        Hub.LETB_IN,
        "LETB_KSS_POSTS_20260302_000001.csv",
        "tpn,status",
        T1 + ",CURRENT",
        T2 + ",CURRENT",
        T3 + ",CURRENT");
    upload(
        Hub.LETB_IN,
        "LETB_KSS_TRAINEES_20260302_000001.csv",
        "traineeId,gmcNumber,title,lastName,firstName,dateOfBirth,niNumber,line1,town,postcode",
        "T1,1234567,Dr,Smith,Anna,1990-01-01,QQ123456C,1 Old Road,Guildford,GU1 1AA",
        "T2,7654321,Dr,Jones,Ben,1991-02-02,,,,");
    upload(
        Hub.LETB_IN,
        "LETB_KSS_PLACEMENTS_20260302_000001.csv",
        "placementId,traineeId,tpn,startDate,endDate,wte,grade,placementType,status",
        "PL1,T1," + T1 + ",2025-08-06,2026-08-04,1,ST3,IN_POST,APPROVED",
        "PL2,T2," + T1 + ",2026-03-10,2027-03-09,0.85,ST4,IN_POST,APPROVED");

    Optional<String> app = esr.applicants(LO);
    assertThat(app).contains("DE_KSS_APP_20260302_00000001.DAT");
    List<String> appLines = Hub.lines(Hub.ESR_OUT, app.get());
    assertThat(appLines.get(0)).startsWith("HDR,APP,KSS,00000001,20260302");
    assertThat(appLines.subList(1, appLines.size()))
        .containsExactly(
            "APP,\"APL2-200001\",20260310,200001,\"P1\",\""
                + T1
                + "\",\"Dr\",\"Jones\",\"Ben\",,,19910202,,,,,,,,,\"GMC\",\"7654321\",,,20260310,20270309,\"ST4\",0.9",
            "APP,\"APL2-200002\",20260310,200002,\"P2\",\""
                + T1
                + "\",\"Dr\",\"Jones\",\"Ben\",,,19910202,,,,,,,,,\"GMC\",\"7654321\",,,20260310,20270309,\"ST4\",0.9",
            "TRL,2");
    assertThat(esr.applicants(LO)).isEmpty();

    Optional<String> dnc = esr.notifications(LO);
    List<String> notLines = Hub.lines(Hub.ESR_OUT, dnc.orElseThrow());
    assertThat(notLines.subList(1, notLines.size()))
        .containsExactly(
            "NOT,\"RPL2-200001\",1,\""
                + T1
                + "\",\"KSS\",\"LEAD\",\"Smith\",\"Anna\",\"1234567\",20260804,1.0,\"Jones\",\"Ben\",\"7654321\",20260310,\"ST4\",,,,,,,\"N\",\"N\"",
            "NOT,\"RPL2-200002\",1,\""
                + T1
                + "\",\"KSS\",\"HOST\",\"Smith\",\"Anna\",\"1234567\",20260804,1.0,\"Jones\",\"Ben\",\"7654321\",20260310,\"ST4\",,,,,,,\"N\",\"N\"",
            "NOT,\"P" + ref5(T2) + "\",5,\"" + T2 + "\",\"KSS\",,,,,,,,,,,,,,,,,,\"N\",\"N\"",
            "NOT,\"P" + ref5(T3) + "\",5,\"" + T3 + "\",\"KSS\",,,,,,,,,,,,,,,,,,\"N\",\"N\"",
            "TRL,4");
    assertThat(esr.notifications(LO)).isEmpty();

    assertThat(letb.export(LO)).isEmpty(); // Part Records: nothing to send yet (no APC/DCC)
    day1FullRecords();
    day2DateChange();
    day3Withdrawal();
  }

  void day1FullRecords() {
    List<String> written = fullRecordsExport();
    assertThat(written)
        .containsExactly(
            "LETB_KSS_RECONCILIATION_20260302_000001.csv",
            "LETB_KSS_ESRUPDATES_20260302_000001.csv");
    assertThat(Hub.lines(Hub.LETB_OUT, written.get(0)))
        .containsExactly(
            "tpn,status,positionId,positionNumber,employerRole,odsEmployerCode,employingVpd,suggestion",
            T1 + ",MATCHED,200001,P1,LEAD,RTP,096,",
            T1 + ",MATCHED,200002,P2,HOST,RTQ,123,",
            T2 + ",UNMATCHED_POST,,,,,,",
            T3 + ",UNMATCHED_POST,,,,,,KSS/RTP00/10/STR/3",
            "KSS/RTP00/10/STR/3,UNMATCHED_POSITION,200003,P3,,,," + T3);
    assertThat(Hub.lines(Hub.LETB_OUT, written.get(1)))
        .containsExactly(
            "traineeId,gmcNumber,field,oldValue,newValue,effectiveDate,sourceFile",
            "T1,1234567,email,,anna@example.org,2026-03-01,DE_KSS_RMF_20260302_00000001.DAT",
            "T1,1234567,gender,,F,2026-03-01,DE_KSS_RMF_20260302_00000001.DAT",
            "T1,1234567,lastName,Smith,Smyth,2026-03-01,DE_KSS_RMF_20260302_00000001.DAT",
            "T1,1234567,line1,1 Old Road,1 New Road,2026-03-01,DE_KSS_RMF_20260302_00000001.DAT",
            "T1,1234567,mobileTel,,07000000001,2026-03-01,DE_KSS_RMF_20260302_00000001.DAT");
    // the same day again: the reconciliation is rewritten in place, updates are not sent twice
    assertThat(fullRecordsExport()).containsExactly("LETB_KSS_RECONCILIATION_20260302_000001.csv");
  }

  List<String> fullRecordsExport() {
    return letb.reconciliationAndUpdates(LO);
  }

  void day2DateChange() {
    at("2026-03-03T12:00:00Z");
    upload(
        Hub.LETB_IN,
        "LETB_KSS_PLACEMENTS_20260303_000002.csv",
        "placementId,traineeId,tpn,startDate,endDate,wte,grade,placementType,status",
        "PL2,T2," + T1 + ",2026-03-17,2027-03-09,0.85,ST4,IN_POST,APPROVED");
    assertThat(esr.applicants(LO)).isEmpty();
    String dnc = esr.notifications(LO).orElseThrow();
    assertThat(dnc).isEqualTo("DE_KSS_DNC_20260303_00000002.DAT");
    List<String> lines = Hub.lines(Hub.ESR_OUT, dnc);
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "NOT,\""
                + dateRef("200001")
                + "\",4,\""
                + T1
                + "\",\"KSS\",\"LEAD\",,,,,,\"Jones\",\"Ben\",\"7654321\",,,,,,,20260317,20270309,\"N\",\"N\"",
            "NOT,\""
                + dateRef("200002")
                + "\",4,\""
                + T1
                + "\",\"KSS\",\"HOST\",,,,,,\"Jones\",\"Ben\",\"7654321\",,,,,,,20260317,20270309,\"N\",\"N\"",
            "TRL,2");
  }

  static String dateRef(String positionId) {
    return dev.esrlink.reference.Refs.dateChange(
        "PL2", positionId, java.time.LocalDate.of(2026, 3, 17), java.time.LocalDate.of(2027, 3, 9));
  }

  void day3Withdrawal() {
    at("2026-03-04T12:00:00Z");
    upload(
        Hub.LETB_IN,
        "LETB_KSS_PLACEMENTS_20260304_000003.csv",
        "placementId,action,traineeId,tpn,startDate,endDate",
        "PL2,D,,,,");
    String dnc = esr.notifications(LO).orElseThrow();
    List<String> lines = Hub.lines(Hub.ESR_OUT, dnc);
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "NOT,\"WPL2-200001\",2,\""
                + T1
                + "\",\"KSS\",\"LEAD\",,,,,,,,,,,\"Jones\",\"Ben\",\"7654321\",3,,,\"N\",\"N\"",
            "NOT,\"WPL2-200002\",2,\""
                + T1
                + "\",\"KSS\",\"HOST\",,,,,,,,,,,\"Jones\",\"Ben\",\"7654321\",3,,,\"N\",\"N\"",
            "TRL,2");
    assertThat(esr.notifications(LO)).isEmpty();
  }

  static String ref5(String tpn) {
    return dev.esrlink.core.Digest.hex(tpn, 12);
  }
}
