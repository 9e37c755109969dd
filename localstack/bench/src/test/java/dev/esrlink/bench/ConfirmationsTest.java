package dev.esrlink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationsTest {

  private static final String APP =
      "HDR,APP,EOE,00000001,20250303140000\r\n"
          + "APP,\"EOE-PL000001-1-P100\",20250310,100,\"EOE/100\",\"EOE/RBQ00/010/STR/001\","
          + "\"Dr\",\"Smith, Jr\",\"A\",,,19900101,\"M\",\"QQ123456C\",,,\"1 \"\"High\"\" St\",,,"
          + ",\"GMC\",\"1234567\",,,20250310,20260309,\"ST2\",1.0\r\n"
          + "APP,\"EOE-PL000002-1-P200\",20250311,200,\"EOE/200\",\"EOE/RBS00/010/STR/001\","
          + "\"Ms\",\"Jones\",\"B\",,,19910101,\"F\",,,,,,,,\"GMC\",\"7654321\",,,20250311,"
          + "20260310,\"ST3\",0.8\r\n"
          + "TRL,2\r\n";

  private static final String DNC =
      "HDR,DNC,WES,00000004,20250303150000\r\n"
          + "NOT,\"N-WES-1\",1,\"WES/J82150/800/GPST/003\",\"WES\",\"LEAD\",,,,,,,,,,,,,,,,,\"N\","
          + "\"N\"\r\n"
          + "TRL,1\r\n";

  @Test
  void anApcAnswersEveryApplicantOfTheAppFile() {
    Confirmations.File apc =
        Confirmations.of(
            "DE_EOE_APP_20250303_00000001.DAT", APP.getBytes(StandardCharsets.UTF_8), 1, 1, 3);

    assertThat(apc.name()).isEqualTo("DE_EOE_APC_20250303_00000001.DAT");
    assertThat(apc.records()).isEqualTo(2);
    List<List<String>> records =
        Confirmations.records(new String(apc.bytes(), StandardCharsets.UTF_8));
    assertThat(records.get(0)).containsExactly("HDR", "APC", "EOE", "00000001", "20250303170000");
    assertThat(records.get(1))
        .containsExactly(
            "APC",
            "EOE-PL000001-1-P100",
            "100",
            "EOE/100",
            status("EOE-PL000001-1-P100"),
            message("EOE-PL000001-1-P100", "Position is not open to applicants"));
    assertThat(records.get(2).subList(0, 4))
        .containsExactly("APC", "EOE-PL000002-1-P200", "200", "EOE/200");
    assertThat(records.get(3)).containsExactly("TRL", "2");
    assertThat(new String(apc.bytes(), StandardCharsets.UTF_8)).endsWith("\r\nTRL,2\r\n");
  }

  @Test
  void aDccAnswersTheNotificationsOfTheDncFile() {
    Confirmations.File dcc =
        Confirmations.of(
            "DE_WES_DNC_20250303_00000004.DAT", DNC.getBytes(StandardCharsets.UTF_8), 1, 2, 4);

    assertThat(dcc.name()).isEqualTo("DE_WES_DCC_20250303_00000002.DAT");
    List<List<String>> records =
        Confirmations.records(new String(dcc.bytes(), StandardCharsets.UTF_8));
    assertThat(records.get(0)).containsExactly("HDR", "DCC", "WES", "00000002", "20250303190000");
    assertThat(records.get(1))
        .containsExactly(
            "DCC",
            "N-WES-1",
            "WES/J82150/800/GPST/003",
            status("N-WES-1"),
            message("N-WES-1", "Position not found for the notification"));
    assertThat(dcc.records()).isEqualTo(1);
  }

  @Test
  void everyNthRecordIsADaysShare() {
    StringBuilder app = new StringBuilder("HDR,APP,EOE,00000001,20250303140000\r\n");
    for (int i = 0; i < 10; i++) {
      app.append("APP,R").append(i).append(",20250310,").append(i).append(",P").append(i);
      app.append(",T,,,,,,,,,,,,,,,,,,,,,,\r\n");
    }
    app.append("TRL,10\r\n");

    Confirmations.File apc =
        Confirmations.of(
            "DE_EOE_APP_20250303_00000001.DAT",
            app.toString().getBytes(StandardCharsets.UTF_8),
            4,
            2,
            4);

    List<List<String>> records =
        Confirmations.records(new String(apc.bytes(), StandardCharsets.UTF_8));
    assertThat(records.subList(1, 4).stream().map(r -> r.get(1))).containsExactly("R0", "R4", "R8");
    assertThat(apc.records()).isEqualTo(3);
  }

  @Test
  void aFewPerCentFail() {
    long failed = 0;
    for (int i = 0; i < 3000; i++) {
      failed += Confirmations.fails("EOE-PL" + String.format("%06d", i) + "-1-P" + i) ? 1 : 0;
    }
    assertThat(failed).isBetween(60L, 140L);
  }

  @Test
  void otherOutboundFilesHaveNoConfirmation() {
    assertThat(Confirmations.of("DE_EOE_RTC_20250303_00000001.DAT", new byte[0], 1, 1, 3)).isNull();
    assertThat(Confirmations.of("LETB_EOE_LOADRESULTS_20250303_000001.csv", new byte[0], 1, 1, 3))
        .isNull();
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndBackslashes() {
    assertThat(Confirmations.records("A,\"b, \"\"c\"\"\",d\\e,,\"\"\r\n\r\nB\n"))
        .containsExactly(List.of("A", "b, \"c\"", "d\\e", "", ""), List.of("B"));
    assertThat(Confirmations.field("x,y")).isEqualTo("\"x,y\"");
    assertThat(Confirmations.field("plain")).isEqualTo("plain");
  }

  private static String status(String reference) {
    return Confirmations.fails(reference) ? "FAILED" : "SUCCESS";
  }

  private static String message(String reference, String reason) {
    return Confirmations.fails(reference) ? reason : "";
  }
}
