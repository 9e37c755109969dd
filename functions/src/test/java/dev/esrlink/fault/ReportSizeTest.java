package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.config.HubClock;
import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.file.ByteScan;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.store.Item;
import dev.esrlink.store.TableStore;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The file report's size does not grow with the file: a million rejected records (ESR adding one
 * field to every record) give a report in the operations bucket that lists the first rejections and
 * counts every one by rule, and a receipt item that holds a summary only. Local Office NWN.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ReportSizeTest {
  static final String LO = "NWN";
  static final String DAY = "20260415";
  static final int RECORDS = 1_000_000;
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject IngestService ingest;
  @Inject TableStore table;
  @Inject HubClock clock;

  @TempDir Path temp;

  static Map<String, AttributeValue> receipt(String bucket, String name) {
    return EmbeddedEmulators.shared()
        .dynamoDb()
        .getItem(
            b ->
                b.tableName("esrlink")
                    .consistentRead(true)
                    .key(
                        Map.of(
                            "PK", AttributeValue.fromS("FILE#" + bucket + "/" + name),
                            "SK", AttributeValue.fromS("RECEIPT"))))
        .item();
  }

  /** The item's size as DynamoDB counts it, near enough: names and string or number values. */
  static long itemBytes(Map<String, AttributeValue> item) {
    long bytes = 0;
    for (Map.Entry<String, AttributeValue> a : item.entrySet()) {
      AttributeValue v = a.getValue();
      bytes += a.getKey().length() + (v.s() != null ? v.s().length() : v.n() != null ? 21 : 1);
    }
    return bytes;
  }

  @Test
  void aMillionRejectedRecordsGiveACappedReportInS3AndASmallReceipt() throws IOException {
    clock.set(Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), HubClock.LONDON));
    String name = Dat.name("RMC", LO, DAY, 1);
    Path file = temp.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("HDR,RMC," + LO + ",00000001," + DAY + "060000\r\n");
      for (int i = 0; i < RECORDS; i++) {
        // POS has 16 fields; ESR added a 17th to every record
        out.write("POS," + (7_000_000 + i) + ",,C" + ",".repeat(12) + ",X\r\n");
      }
      out.write("TRL," + RECORDS + "\r\n");
    }
    Hub.s3().putObject(b -> b.bucket(Hub.ESR_IN).key(name), RequestBody.fromFile(file.toFile()));
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long started = System.nanoTime();

    FileReport report = ingest.ingest(Hub.ESR_IN, name);

    long ms = (System.nanoTime() - started) / 1_000_000;
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(
        "ReportSizeTest: %d rejected records (%d MB file) ingested in %d ms; heap %d MB before,"
            + " %d MB after (max %d MB)%n",
        RECORDS,
        Files.size(file) >> 20,
        ms,
        heapBefore >> 20,
        heapAfter >> 20,
        runtime.maxMemory() >> 20);

    assertThat(report.status).isEqualTo("APPLIED");
    assertThat(report.read).isEqualTo(RECORDS);
    assertThat(report.rejected).isEqualTo(RECORDS);
    String stored = Dat.report(name);
    JsonNode json = JSON.readTree(stored);
    assertThat(json.get("rejected").asLong()).isEqualTo(RECORDS);
    assertThat(json.get("rejections")).hasSize(FileReport.REJECTIONS_LISTED);
    assertThat(json.get("rejections").get(0).get("line").asLong()).isEqualTo(2);
    JsonNode rules = json.get("rejectionsByRule");
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).get("reason").asText()).isEqualTo("record has 17 fields, POS has 16");
    assertThat(rules.get(0).get("count").asLong()).isEqualTo(RECORDS);
    assertThat(rules.get(0).get("firstLine").asLong()).isEqualTo(2);
    assertThat(stored.length()).as("report bytes").isLessThan(400_000);

    Map<String, AttributeValue> receipt = receipt(Hub.ESR_IN, name);
    assertThat(receipt.get("status").s()).isEqualTo("APPLIED");
    assertThat(receipt.get("reportKey").s()).isEqualTo("reports/" + name + ".json");
    assertThat(JSON.readTree(receipt.get("reportSummary").s()).get("rejections")).isEmpty();
    assertThat(itemBytes(receipt)).as("receipt item bytes").isLessThan(20_000);
    System.out.printf(
        "ReportSizeTest: report %d bytes in S3, receipt item about %d bytes%n",
        stored.length(), itemBytes(receipt));

    // a repeat delivery rebuilds the report from the receipt's summary: the list is kept
    FileReport repeat = ingest.ingest(Hub.ESR_IN, name);
    assertThat(repeat.deliveries).isEqualTo(2);
    JsonNode again = JSON.readTree(Dat.report(name));
    assertThat(again.get("deliveries").asLong()).isEqualTo(2);
    assertThat(again.get("rejections")).hasSize(FileReport.REJECTIONS_LISTED);
  }

  @Test
  void aReceiptHoldingAWholeReportInlineIsStillReadAndThenHoldsASummary() throws IOException {
    clock.set(Clock.fixed(Instant.parse("2026-04-15T13:00:00Z"), HubClock.LONDON));
    String name = Dat.name("RMC", LO, DAY, 2);
    String text = Dat.file("RMC", LO, 2, DAY + "070000", Dat.positions(LO, 7_500_000, 1, "Old"));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Dat.put(Hub.ESR_IN, name, bytes);
    String sha = ByteScan.of(new ByteArrayInputStream(bytes)).sha256();
    String inline =
        "{\"file\":\""
            + name
            + "\",\"status\":\"APPLIED\",\"encoding\":\"UTF-8\",\"read\":3,\"applied\":2,"
            + "\"rejected\":1,\"rejections\":[{\"line\":3,\"recordType\":\"POS\",\"field\":\"tpn\","
            + "\"reason\":\"required field is empty\"}],\"warnings\":[],\"deliveries\":1,"
            + "\"conflicts\":[],\"previous\":[]}";
    table.put(
        Item.keyed("FILE#" + Hub.ESR_IN + "/" + name, "RECEIPT")
            .put("sha", sha)
            .put("status", "APPLIED")
            .put("version", 1L)
            .put("report", inline));

    FileReport repeat = ingest.ingest(Hub.ESR_IN, name);

    assertThat(repeat.deliveries).isEqualTo(2);
    assertThat(repeat.rejected).isEqualTo(1);
    JsonNode stored = JSON.readTree(Dat.report(name));
    assertThat(stored.get("rejections")).hasSize(1);
    assertThat(stored.get("rejections").get(0).get("field").asText()).isEqualTo("tpn");
    // the receipt was written in its older shape (sha, report); its next change writes it anew
    Map<String, AttributeValue> receipt = receipt(Hub.ESR_IN, name);
    assertThat(JSON.readTree(receipt.get("reportSummary").s()).get("rejections")).isEmpty();
    assertThat(receipt.get("reportKey").s()).isEqualTo("reports/" + name + ".json");
    assertThat(receipt.get("sha256").s()).isEqualTo(sha);
    assertThat(receipt).doesNotContainKeys("sha", "report");
  }

  @Test
  void aLetbCellOf600KbOnManyLinesIsRejectedAloneOrQuarantinesTheFile() {
    clock.set(Clock.fixed(Instant.parse("2026-04-15T14:00:00Z"), HubClock.LONDON));
    String cell = ("x".repeat(60_000) + "\n").repeat(10);
    String posts = "LETB_" + LO + "_POSTS_" + DAY + "_000001.csv";
    Hub.put(
        Hub.LETB_IN,
        posts,
        "tpn,site,status",
        Dat.tpn(LO, 7_600_000) + ",\"" + cell + "\",CURRENT",
        Dat.tpn(LO, 7_600_001) + ",Site,CURRENT");
    FileReport report = ingest.ingest(Hub.LETB_IN, posts);
    assertThat(report.status).isEqualTo("APPLIED");
    assertThat(report.read).isEqualTo(2);
    assertThat(report.applied).isEqualTo(1);
    assertThat(report.rejections.get(0).field).isEqualTo("site");
    assertThat(Dat.report(posts).length()).isLessThan(10_000);

    String many = "LETB_" + LO + "_POSTS_" + DAY + "_000002.csv";
    Hub.put(
        Hub.LETB_IN,
        many,
        "tpn,site,status",
        Dat.tpn(LO, 7_600_000) + ",\"" + ("x".repeat(100) + "\n").repeat(6_000) + "\",CURRENT");
    FileReport quarantined = ingest.ingest(Hub.LETB_IN, many);
    assertThat(quarantined.status).isEqualTo("QUARANTINED");
    assertThat(quarantined.reason)
        .isEqualTo("a quoted field opened on line 2 spans more than 50 lines");
  }
}
