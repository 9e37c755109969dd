package dev.esrlink.fault;

import static io.restassured.RestAssured.given;

import dev.esrlink.support.Events;
import dev.esrlink.support.Hub;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;

/** Builds ESR DAT files for the fault tests and delivers their S3 events to the function. */
final class Dat {
  private Dat() {}

  /** The TPN of a generated position: the Local Office, then digits from its id. */
  static String tpn(String lo, long id) {
    return String.format("%s/RTP00/%03d/STR/%03d", lo, (id / 1000) % 1000, id % 1000);
  }

  static String pos(String lo, long id, String title) {
    return "POS,"
        + id
        + ",,\"C\",\"P"
        + id
        + "\",\""
        + title
        + "\",\"800\",\"Surgery\",\"\",\""
        + tpn(lo, id)
        + "\",\""
        + lo
        + "\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"";
  }

  static String por(String lo, long id, String title) {
    return "POR,"
        + id
        + ",,\"C\",\"P"
        + id
        + "\",\""
        + title
        + "\",\""
        + tpn(lo, id)
        + "\",\""
        + lo
        + "\",\"LEAD\",\"RTP\",96,\"ORG\",\"LOC\"";
  }

  /** POS and POR records of {@code n} positions from {@code firstId}. */
  static List<String> positions(String lo, long firstId, int n, String title) {
    List<String> records = new ArrayList<>(2 * n);
    for (long id = firstId; id < firstId + n; id++) {
      records.add(pos(lo, id, title));
      records.add(por(lo, id, title));
    }
    return records;
  }

  /** A whole DAT file, CRLF line ends: HDR, the records, TRL with their count. */
  static String file(String type, String lo, long seq, String created, List<String> records) {
    StringBuilder text = new StringBuilder(records.size() * 160);
    text.append(String.format("HDR,%s,%s,%08d,%s\r\n", type, lo, seq, created));
    records.forEach(r -> text.append(r).append("\r\n"));
    return text.append("TRL,").append(records.size()).append("\r\n").toString();
  }

  /** The object name of an inbound DAT file. */
  static String name(String type, String lo, String date, long seq) {
    return String.format("DE_%s_%s_%s_%08d.DAT", lo, type, date, seq);
  }

  static void put(String bucket, String key, String text) {
    put(bucket, key, text.getBytes(StandardCharsets.UTF_8));
  }

  static void put(String bucket, String key, byte[] bytes) {
    Hub.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
  }

  /** Delivers the S3 event of an ESR inbound object through the mock Lambda event server. */
  static Response deliver(String key) {
    long size = Hub.s3().headObject(b -> b.bucket(Hub.ESR_IN).key(key)).contentLength();
    return given()
        .contentType("application/json")
        .body(Events.objectCreated(Hub.ESR_IN, key, size))
        .post();
  }

  /** The RTC files in the ESR outbound bucket that confirm {@code sourceFile}. */
  static List<String> rtcsOf(String lo, String sourceFile) {
    return Hub.keys(Hub.ESR_OUT, "DE_" + lo + "_RTC_").stream()
        .filter(k -> Hub.read(Hub.ESR_OUT, k).contains("\"" + sourceFile + "\""))
        .toList();
  }

  /** The stored file report. */
  static String report(String name) {
    return Hub.read(Hub.OPS, "reports/" + name + ".json");
  }
}
