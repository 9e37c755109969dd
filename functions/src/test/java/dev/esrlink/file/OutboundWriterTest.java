package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outbound bytes, byte for byte, as spec section 2 and 4.2 say. */
class OutboundWriterTest {
  static final String T = "EOE/RGT00/030/STR/001";
  static final DatHeader APP_HDR =
      new DatHeader(FileType.APP, "EOE", 7, LocalDateTime.of(2026, 3, 1, 14, 0, 5));

  static byte[] dat(DatHeader header, String type, List<Map<String, String>> records) {
    return write(out -> OutboundWriter.dat(out, header, type), records);
  }

  static byte[] csv(FileType type, List<Map<String, String>> records) {
    return write(out -> OutboundWriter.csv(out, type), records);
  }

  interface Opener {
    OutboundWriter open(ByteArrayOutputStream out);
  }

  static byte[] write(Opener opener, List<Map<String, String>> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutboundWriter writer = opener.open(out)) {
      records.forEach(writer::write);
      assertThat(writer.records()).isEqualTo(records.size());
    }
    return out.toByteArray();
  }

  static Map<String, String> values(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static String crlf(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  static void assertBytes(byte[] actual, String expected) {
    assertThat(actual.length >= 3 && actual[0] == (byte) 0xEF && actual[1] == (byte) 0xBB)
        .as("no BOM")
        .isFalse();
    String text = new String(actual, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(expected);
    assertThat(actual).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(text).endsWith("\r\n").doesNotContainPattern("(?<!\\r)\\n");
  }

  @Test
  void appRecordQuotesTextLeavesNumbersAndDatesBareAndAbsentEmpty() {
    Map<String, String> app =
        values(
            "applicantRef", "EOE-100001-PL1",
            "effectiveDate", "2026-08-05",
            "positionId", "100001",
            "positionNumber", "5001",
            "tpn", T,
            "title", "Dr",
            "lastName", "O\"Brien, Jr",
            "firstName", "Zoë",
            "dateOfBirth", "1992-04-30",
            "gender", "M",
            "niNumber", "QQ123456C",
            "email", "sam@example.nhs.uk",
            "line1", "2 Low Road\\",
            "town", "Ipswich",
            "postcode", "IP1 1AA",
            "professionalBody", "gmc",
            "registrationNumber", "7654321",
            "nationalTrainingNumber", "EOE/101/001/C",
            "projectedHireDate", "2026-08-05",
            "projectedEndDate", "2027-08-04",
            "grade", "ST2",
            "wte", "0.75");
    assertBytes(
        dat(APP_HDR, "APP", List.of(app)),
        crlf(
            "HDR,APP,EOE,00000007,20260301140005",
            "APP,\"EOE-100001-PL1\",20260805,100001,\"5001\",\"EOE/RGT00/030/STR/001\",\"Dr\","
                + "\"O\"\"Brien, Jr\",\"Zoë\",,,19920430,\"M\",\"QQ123456C\",\"sam@example.nhs.uk\",,"
                + "\"2 Low Road\\\",,\"Ipswich\",\"IP1 1AA\",\"GMC\",\"7654321\",,\"EOE/101/001/C\","
                + "20260805,20270804,\"ST2\",0.8",
            "TRL,1"));
  }

  @Test
  void notRecordWritesTypeBareWteRoundedAndFlags() {
    Map<String, String> not =
        values(
            "notificationRef", "EOE-N-1",
            "notificationType", "1",
            "tpn", T,
            "managingLo", "EOE",
            "employerRole", "LEAD",
            "currentLastName", "Smith",
            "currentProjectedEndDate", "2026-08-04",
            "currentWte", "0.25",
            "nextLastName", "Jones",
            "nextProjectedStartDate", "2026-08-05",
            "postVacantAtNextRotation", "N",
            "postDeleted", "n");
    assertBytes(
        dat(new DatHeader(FileType.DNC, "EOE", 12, APP_HDR.created()), "NOT", List.of(not)),
        crlf(
            "HDR,DNC,EOE,00000012,20260301140005",
            "NOT,\"EOE-N-1\",1,\"EOE/RGT00/030/STR/001\",\"EOE\",\"LEAD\",\"Smith\",,,20260804,0.3,"
                + "\"Jones\",,,20260805,,,,,,,,\"N\",\"N\"",
            "TRL,1"));
  }

  @Test
  void rtcRowsAndAnEmptyDatFileHaveHdrAndTrl() {
    List<Map<String, String>> rows =
        List.of(
            values(
                "sourceFile", "DE_EOE_RMC_20260301_00000002.DAT",
                "lineNumber", "2",
                "recordType", "POS",
                "key", "100001",
                "status", "ACCEPTED"),
            values(
                "sourceFile", "DE_EOE_RMC_20260301_00000002.DAT",
                "lineNumber", "3",
                "recordType", "POS",
                "key", "100002",
                "status", "REJECTED",
                "message", "tpn: TPN belongs to Local Office WES, not to this file's EOE"));
    DatHeader rtc = new DatHeader(FileType.RTC, "EOE", 2, LocalDateTime.of(2026, 3, 1, 6, 1, 0));
    assertBytes(
        dat(rtc, "RTC", rows),
        crlf(
            "HDR,RTC,EOE,00000002,20260301060100",
            "RTC,\"DE_EOE_RMC_20260301_00000002.DAT\",2,\"POS\",\"100001\",\"ACCEPTED\",",
            "RTC,\"DE_EOE_RMC_20260301_00000002.DAT\",3,\"POS\",\"100002\",\"REJECTED\","
                + "\"tpn: TPN belongs to Local Office WES, not to this file's EOE\"",
            "TRL,2"));
    assertBytes(dat(rtc, "RTC", List.of()), crlf("HDR,RTC,EOE,00000002,20260301060100", "TRL,0"));
  }

  @ParameterizedTest(name = "VPD {0} -> {1}")
  @CsvSource({"96,096", "0096,096", "5,005", "123,123", "096,096"})
  void vpdIsZeroPaddedToThreeDigits(String vpd, String written) {
    Map<String, String> row = values("tpn", T, "status", "MATCHED", "employingVpd", vpd);
    assertBytes(
        csv(FileType.RECONCILIATION, List.of(row)),
        crlf(
            "tpn,status,positionId,positionNumber,employerRole,odsEmployerCode,employingVpd,suggestion",
            T + ",MATCHED,,,,," + written + ","));
  }

  @ParameterizedTest(name = "WTE {0} -> {1}")
  @CsvSource({"0.75,0.8", "0.25,0.3", "0.05,0.1", "0.15,0.2", "0.14,0.1", "1,1.0", "0.5,0.5"})
  void wteIsRoundedHalfUpToOneDecimal(String wte, String written) {
    assertThat(FieldType.WTE.render(wte, FileType.Format.DAT)).isEqualTo(written);
    assertThat(FieldType.WTE.render(wte, FileType.Format.CSV)).isEqualTo(written);
  }

  @Test
  void csvQuotesOnlyWhenNeededAndProtectsFormulas() {
    Map<String, String> row = new HashMap<>();
    row.put("placementId", "PL1");
    row.put("tpn", T);
    row.put("ref", "-12");
    row.put("kind", "-1x");
    row.put("status", "=HYPERLINK(\"http://x\")");
    row.put("message", "a, \"b\"\r\nc \\ é");
    row.put("sourceFile", "DE_EOE_APC_20260301_00000003.DAT");
    List<Map<String, String>> rows =
        List.of(
            row,
            values("placementId", "+44", "ref", "@SUM(A1)", "kind", "\tTAB", "status", "\rCR"),
            values("placementId", "-0.5", "ref", "12", "kind", "-", "status", "a=b"));
    assertBytes(
        csv(FileType.LOADRESULTS, rows),
        crlf(
            "placementId,tpn,ref,kind,status,message,sourceFile",
            "PL1,"
                + T
                + ",-12,'-1x,\"'=HYPERLINK(\"\"http://x\"\")\",\"a, \"\"b\"\"\r\nc \\ é\","
                + "DE_EOE_APC_20260301_00000003.DAT",
            "'+44,,'@SUM(A1),'\tTAB,\"'\rCR\",,",
            "-0.5,,12,'-,a=b,,"));
  }

  @Test
  void esrUpdatesWriteIsoDatesInCsv() {
    Map<String, String> row =
        values(
            "traineeId", "T1",
            "gmcNumber", "7654321",
            "field", "lastName",
            "oldValue", "Smith",
            "newValue", "Smith-Jones",
            "effectiveDate", "2026-03-01",
            "sourceFile", "DE_EOE_RMC_20260301_00000002.DAT");
    assertBytes(
        csv(FileType.ESRUPDATES, List.of(row)),
        crlf(
            "traineeId,gmcNumber,field,oldValue,newValue,effectiveDate,sourceFile",
            "T1,7654321,lastName,Smith,Smith-Jones,2026-03-01,DE_EOE_RMC_20260301_00000002.DAT"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "-12|-12",
        "-1x|'-1x",
        "12|12",
        "-1.5|-1.5",
        "-1.|'-1.",
        "+12|'+12",
        "=1+2|'=1+2",
        "@a|'@a",
        "a-1|a-1",
        "'x|'x"
      })
  void cellSafety(String cell, String written) {
    assertThat(CellSafety.protect(cell)).isEqualTo(written);
  }

  @Test
  void cellSafetyTabAndCr() {
    assertThat(CellSafety.protect("\tx")).isEqualTo("'\tx");
    assertThat(CellSafety.protect("\rx")).isEqualTo("'\rx");
    assertThat(CellSafety.protect("")).isEmpty();
    assertThat(CellSafety.protect(null)).isNull();
  }

  @Test
  void fileNamesRenderAndParse() {
    FileName app = new FileName("EOE", FileType.APP, LocalDate.of(2026, 3, 1), 7);
    assertThat(app.render()).isEqualTo("DE_EOE_APP_20260301_00000007.DAT");
    assertThat(FileName.parse(app.render())).isEqualTo(app);
    FileName rec = new FileName("WES", FileType.RECONCILIATION, LocalDate.of(2026, 12, 31), 42);
    assertThat(rec.render()).isEqualTo("LETB_WES_RECONCILIATION_20261231_000042.csv");
    assertThat(FileName.parse(rec.render())).isEqualTo(rec);
    assertThat(FileName.parse("de_emd_rmc_20230626_00003445.dat"))
        .isEqualTo(new FileName("EMD", FileType.RMC, LocalDate.of(2023, 6, 26), 3445));
  }
}
