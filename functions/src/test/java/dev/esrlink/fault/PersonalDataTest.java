package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.esrlink.config.HubClock;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.export.LetbExportService;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.EventLine;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import dev.esrlink.support.LogCapture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Security under a whole multi-file scenario with distinctive personal data (Local Office MER): no
 * name, date of birth, NI, GMC number or email in any log line or exception message; reports, RTC
 * messages and quarantine names never echo a bad line's personal data; and no outbound CSV cell
 * starts a spreadsheet formula.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class PersonalDataTest {
  static final String LO = "MER";
  static final String DAY = "20260412";
  static final long POS1 = 5_120_000;
  static final long POS2 = 5_120_001;
  static final List<String> PERSONAL =
      List.of(
          "Zebedee",
          "Quixotic",
          "Ottoline",
          "Mxyzptlk",
          "QQ123456C",
          "QQ654321C",
          "7093158",
          "19870314",
          "1987-03-14",
          "19871345",
          "1987-13-45",
          "zebedee.quixotic@example.org");

  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject LetbExportService letb;
  @Inject HubClock clock;

  String[] rmc(long seq, String... extra) {
    List<String> records = new ArrayList<>(Dat.positions(LO, POS1, 2, "Registrar"));
    records.addAll(List.of(extra));
    return Dat.file("RMC", LO, seq, DAY + "0%d0000".formatted(seq - 40), records).split("\r\n");
  }

  static final String PERS =
      "PERS,5129001,\"C\",\"Dr\",\"Quixotic\",\"Zebedee\",\"\",\"\",19870314,\"M\",\"QQ123456C\","
          + "\"zebedee.quixotic@example.org\",\"\",\"+447700900123\",\"\",\"\",20260401";
  static final String BAD_PERS =
      "PERS,5129002,\"C\",\"Ms\",\"Mxyzptlk\",\"Ottoline\",\"\",\"\",19871345,\"F\",\"QQ654321C\","
          + "\"\",\"\",\"\",\"\",\"\",20260401";
  static final String ADD =
      "ADD,5129001,\"C\",\"=HYPERLINK(\"\"http://example.org\"\")\",\"\",\"\",\"@Town\",\"\","
          + "\"GU1 1AA\",\"\",20260401";
  static final String PBD = "PBD,5129001,\"C\",\"GMC\",\"7093158\",";

  static String asg() {
    return "ASG,5129001,A1,\"C\","
        + POS2
        + ",\"P"
        + POS2
        + "\",\""
        + Dat.tpn(LO, POS2)
        + "\",\"1\",\"ACTIVE\",20250801,20260804,\"ST3\",1.0,96,\"LOC\"";
  }

  FileReport upload(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    return ingest.ingest(bucket, key);
  }

  @Test
  void personalDataStaysOutOfLogsReportsAndQuarantineAndNoCsvCellIsAFormula() {
    clock.set(Clock.fixed(Instant.parse("2026-04-12T12:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    // every log record as its JSON line: message, event fields and exception chain
    LogCapture capture = LogCapture.start("");
    Logger ours = Logger.getLogger("dev.esrlink");
    Level level = ours.getLevel();
    ours.setLevel(Level.ALL);
    List<String> reports = new ArrayList<>();
    List<String> exceptions = new ArrayList<>();
    try {
      String rmc = Dat.name("RMC", LO, DAY, 41);
      FileReport applied = upload(Hub.ESR_IN, rmc, rmc(41, PERS, BAD_PERS, ADD, PBD, asg()));
      assertThat(applied.status).isEqualTo("APPLIED");
      assertThat(applied.rejected).isEqualTo(1);
      assertThat(applied.rejections.get(0).line).isEqualTo(7);
      assertThat(applied.rejections.get(0).field).isEqualTo("dateOfBirth");
      reports.add(rmc);

      String posts = "LETB_MER_POSTS_" + DAY + "_000001.csv";
      upload(
          Hub.LETB_IN,
          posts,
          "tpn,status",
          Dat.tpn(LO, POS1) + ",CURRENT",
          Dat.tpn(LO, POS2) + ",CURRENT");
      String trainees = "LETB_MER_TRAINEES_" + DAY + "_000001.csv";
      FileReport people =
          upload(
              Hub.LETB_IN,
              trainees,
              "traineeId,gmcNumber,title,lastName,firstName,dateOfBirth,niNumber,line1,town,postcode",
              "TMER1,7093158,Dr,Quixotic,Zebedee,1987-03-14,QQ123456C,1 Old Road,Town,GU1 1AA",
              "TMER2,7093159,Ms,Mxyzptlk,Ottoline,1987-13-45,QQ654321C,,,");
      assertThat(people.rejected).isEqualTo(1);
      reports.add(trainees);
      String placements = "LETB_MER_PLACEMENTS_" + DAY + "_000001.csv";
      upload(
          Hub.LETB_IN,
          placements,
          "placementId,traineeId,tpn,startDate,endDate,wte,grade,placementType,status",
          "PLMER1,TMER1," + Dat.tpn(LO, POS2) + ",2026-04-20,2027-04-19,1,ST3,IN_POST,APPROVED");
      reports.add(placements);

      // a file that cannot be trusted (TRL count wrong), and a different object under an applied
      // name: quarantined / a conflict, neither echoing the lines they hold
      String broken = Dat.name("RMC", LO, DAY, 42);
      List<String> brokenLines = new ArrayList<>(List.of(rmc(42, PERS, BAD_PERS)));
      brokenLines.set(brokenLines.size() - 1, "TRL,99");
      FileReport quarantined = upload(Hub.ESR_IN, broken, brokenLines.toArray(String[]::new));
      assertThat(quarantined.status).isEqualTo("QUARANTINED");
      reports.add(broken);
      upload(Hub.ESR_IN, rmc, rmc(41, PERS.replace("Dr", "Prof"), BAD_PERS));

      // an invocation that fails half way: its exception is logged and rethrown
      String failing = Dat.name("RMC", LO, DAY, 43);
      Hub.put(Hub.ESR_IN, failing, rmc(43, PERS.replace("\"M\"", "\"X\""), BAD_PERS, ADD, PBD));
      FaultInjector.failOnBatchWrite(
          1, () -> SdkClientException.create("injected: the connection was reset"));
      assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, failing))
          .satisfies(
              e -> {
                for (Throwable t = e; t != null; t = t.getCause()) {
                  exceptions.add(String.valueOf(t));
                }
              });
      FaultInjector.disarm();
      assertThat(ingest.ingest(Hub.ESR_IN, failing).status).isEqualTo("APPLIED");
      reports.add(failing);

      hostileInput(reports);

      // the exports: APP, DNC, the LETB files, and an APC whose message is a formula
      String app = esr.applicants(LO).orElseThrow();
      esr.notifications(LO);
      letb.reconciliationAndUpdates(LO);
      String ref = Hub.lines(Hub.ESR_OUT, app).get(1).split(",")[1].replace("\"", "");
      String apc = "DE_MER_APC_" + DAY + "_00000001.DAT";
      upload(
          Hub.ESR_IN,
          apc,
          "HDR,APC,MER,00000001," + DAY + "130000",
          "APC,\"" + ref + "\"," + POS2 + ",\"P" + POS2 + "\",\"FAILED\",\"=CMD|' /C calc'!A0\"",
          "TRL,1");
      letb.export(LO);
    } finally {
      capture.close();
      ours.setLevel(level);
      FaultInjector.reset();
    }

    assertThat(capture.lines).as("log lines captured").isNotEmpty();
    List<String> leaks = new ArrayList<>();
    for (String line : capture.lines) {
      PERSONAL.stream().filter(line::contains).forEach(p -> leaks.add(p + " in log: " + line));
    }
    for (String line : exceptions) {
      PERSONAL.stream()
          .filter(line::contains)
          .forEach(p -> leaks.add(p + " in exception: " + line));
    }
    for (String name : reports) {
      String report = Dat.report(name);
      PERSONAL.stream().filter(report::contains).forEach(p -> leaks.add(p + " in report " + name));
    }
    for (String key : Hub.keys(Hub.OPS, "quarantine/")) {
      PERSONAL.stream().filter(key::contains).forEach(p -> leaks.add(p + " in quarantine " + key));
    }
    for (String key : Hub.keys(Hub.ESR_OUT, "DE_MER_RTC_")) {
      for (String line : Hub.lines(Hub.ESR_OUT, key)) {
        PERSONAL.stream().filter(line::contains).forEach(p -> leaks.add(p + " in RTC " + line));
      }
    }
    assertThat(leaks).isEmpty();

    assertNoFormulaCells();
  }

  /**
   * Personal data where the reader reports on a value: a TRL count, a record type, a quoted field
   * that swallows the records after it, a column line. Reasons, warnings and RTC rows name the
   * field and the rule only.
   */
  void hostileInput(List<String> reports) {
    String badTrl = Dat.name("RMC", LO, DAY, 44);
    List<String> trl = new ArrayList<>(List.of(rmc(44)));
    trl.set(trl.size() - 1, "TRL,QQ123456C");
    assertThat(upload(Hub.ESR_IN, badTrl, trl.toArray(String[]::new)).status)
        .isEqualTo("QUARANTINED");
    reports.add(badTrl);
    String unknown = Dat.name("RMC", LO, DAY, 45);
    FileReport odd =
        upload(
            Hub.ESR_IN,
            unknown,
            rmc(45, "QQ654321C,19870314,\"Quixotic\"", "Zebedee Quixotic,1987-03-14"));
    assertThat(odd.rejected).isEqualTo(2);
    reports.add(unknown);

    String swallowed = "LETB_MER_TRAINEES_" + DAY + "_000002.csv";
    FileReport swallow =
        upload(
            Hub.LETB_IN,
            swallowed,
            "traineeId,gmcNumber,lastName,firstName,dateOfBirth,niNumber",
            "TMER3,7093160,\"Ottoline,Zebedee,1987-03-14,QQ654321C",
            "TMER4,7093161,Mxyzptlk,O\"Quixotic,1987-03-14,QQ123456C",
            "TMER5,7093162,Plain,Person,1990-01-01,");
    assertThat(swallow.status).isEqualTo("APPLIED");
    assertThat(swallow.read).isEqualTo(2);
    assertThat(swallow.rejections.get(0).field).isEqualTo("lastName");
    reports.add(swallowed);
    String unclosed = "LETB_MER_TRAINEES_" + DAY + "_000003.csv";
    assertThat(
            upload(
                    Hub.LETB_IN,
                    unclosed,
                    "traineeId,lastName,firstName,dateOfBirth",
                    "TMER6,\"Quixotic,Zebedee,1987-03-14",
                    "TMER7,Mxyzptlk,Ottoline,1987-03-14")
                .status)
        .isEqualTo("QUARANTINED");
    reports.add(unclosed);
    String columnQuote = "LETB_MER_TRAINEES_" + DAY + "_000004.csv";
    assertThat(
            upload(
                    Hub.LETB_IN,
                    columnQuote,
                    "traineeId,\"lastName,firstName,dateOfBirth",
                    "TMER8,Quixotic,Zebedee,1987-03-14")
                .status)
        .isEqualTo("QUARANTINED");
    reports.add(columnQuote);
    String pasted = "LETB_MER_TRAINEES_" + DAY + "_000005.csv";
    FileReport warned =
        upload(
            Hub.LETB_IN,
            pasted,
            "traineeId,lastName,firstName,dateOfBirth,QQ123456C,1987-03-14,Quixotic Zebedee",
            "TMER9,Plain,Person,1990-01-01");
    assertThat(warned.warnings.stream().filter(w -> w.contains("unknown column at position")))
        .hasSize(3);
    reports.add(pasted);
  }

  @Test
  void aQuoteInAFileNameLeavesTheLogLinesJson() throws Exception {
    clock.set(Clock.fixed(Instant.parse("2026-04-12T13:00:00Z"), HubClock.LONDON));
    String key = "DE_MER_RMC_" + DAY + "_\"00000050\".DAT";
    try (LogCapture capture = LogCapture.start(IngestService.class.getName())) {
      FileReport report = upload(Hub.ESR_IN, key, rmc(50));
      assertThat(report.status).isEqualTo("QUARANTINED");
      List<EventLine> events =
          capture.lines.stream()
              .flatMap(l -> EventLine.parse(l).stream())
              .filter(e -> e.name().startsWith("file."))
              .toList();
      assertThat(events).extracting(EventLine::name).contains("file.quarantined", "file.done");
      assertThat(events).allSatisfy(e -> assertThat(e.text("file")).isEqualTo(key));
      assertThat(capture.lines).allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    }
  }

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Every outbound CSV in the LETB outbound bucket, every cell. */
  static void assertNoFormulaCells() {
    List<String> files =
        Hub.keys(Hub.LETB_OUT, "").stream().filter(k -> k.endsWith(".csv")).toList();
    assertThat(files).anyMatch(k -> k.startsWith("LETB_MER_ESRUPDATES_"));
    assertThat(files).anyMatch(k -> k.startsWith("LETB_MER_LOADRESULTS_"));
    List<String> risky = new ArrayList<>();
    int protectedCells = 0;
    for (String key : files) {
      for (CsvRecord record : CsvReader.builder().ofCsvRecord(Hub.read(Hub.LETB_OUT, key))) {
        for (String cell : record.getFields()) {
          if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            if (!NUMBER.matcher(cell).matches()) {
              risky.add(key + ": " + cell);
            }
          }
          protectedCells += cell.startsWith("'") ? 1 : 0;
        }
      }
    }
    assertThat(risky).as("cells a spreadsheet would run as a formula").isEmpty();
    assertThat(protectedCells)
        .as("the scenario carries formula-like values")
        .isGreaterThanOrEqualTo(3);
  }
}
