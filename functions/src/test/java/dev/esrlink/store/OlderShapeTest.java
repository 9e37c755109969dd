package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.store.ChangeWriter.Outcome;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items written with the older attribute names ({@code f.<field>}, {@code del}, {@code lo}, {@code
 * ord}, {@code file}; a receipt's {@code sha}, {@code lease}, {@code report}, {@code rtcSeq}), put
 * with the bare client, are read through the repositories under the present names; an unchanged
 * record compares unchanged (no write), a changed one is written in the present shape.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class OlderShapeTest {
  private static final String LO = "OLDSHAPE"; // no office: no RMF of a test sees these
  private static final String OLD_ORDER = "20250303090000#000000000001";
  private static final String NEW_ORDER = "20250304090000#000000000002";

  @Inject Records records;
  @Inject ChangeWriter writer;
  @Inject ReceiptTable receipts;
  @Inject SnapshotMark marks;

  private static void putRaw(Map<String, AttributeValue> item) {
    EmbeddedEmulators.shared().dynamoDb().putItem(b -> b.tableName("esrlink").item(item));
  }

  private static Map<String, AttributeValue> getRaw(String pk, String sk) {
    return EmbeddedEmulators.shared()
        .dynamoDb()
        .getItem(
            b -> b.tableName("esrlink").consistentRead(true).key(Map.of("PK", s(pk), "SK", s(sk))))
        .item();
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  /** A position part as the hub wrote it before the present names. */
  private static void putOldPosition(String id, String title) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("PK", s("POS#" + id));
    item.put("SK", s("POS"));
    item.put("LOPK", s(LO + "#POS"));
    item.put("LOSK", s(id + "#POS"));
    item.put("f.positionId", s(id));
    item.put("f.tpn", s("YHD/RGT00/001/F1/" + id));
    item.put("f.positionTitle", s(title));
    item.put("del", AttributeValue.fromBool(false));
    item.put("lo", s(LO));
    item.put("ord", s(OLD_ORDER));
    item.put("file", s("DE_YHD_RMC_20250303_00000001.DAT"));
    putRaw(item);
  }

  /** The same record as ingest builds it now, from a later file. */
  private static Item candidate(String id, String title) {
    Item item = PositionParts.item(id, PositionParts.POS, LO);
    RecordItem.putField(item, "positionId", id);
    RecordItem.putField(item, "tpn", "YHD/RGT00/001/F1/" + id);
    RecordItem.putField(item, "positionTitle", title);
    return RecordItem.stamp(item, false, LO, NEW_ORDER, "DE_YHD_RMC_20250304_00000002.DAT");
  }

  @Test
  void anOldPositionPartIsReadUnderThePresentNames() {
    putOldPosition("9600001", "Registrar");

    List<StoredRecord> parts = records.positionParts(LO).get("9600001");

    assertThat(parts).hasSize(1);
    StoredRecord part = parts.get(0);
    assertThat(part.field("positionTitle")).isEqualTo("Registrar");
    assertThat(part.field("tpn")).isEqualTo("YHD/RGT00/001/F1/9600001");
    assertThat(part.deleted()).isFalse();
    assertThat(part.sourceFile()).isEqualTo("DE_YHD_RMC_20250303_00000001.DAT");
    assertThat(part.localOffice()).isEqualTo(LO);
  }

  @Test
  void anUnchangedOldItemCostsNoWriteAndAChangedOneIsWrittenInThePresentShape() {
    putOldPosition("9600002", "Registrar");
    putOldPosition("9600003", "Registrar");

    RequestCounter.Totals before = RequestCounter.totals();
    List<Outcome> outcomes =
        writer.apply(
            List.of(candidate("9600002", "Registrar"), candidate("9600003", "Consultant")),
            (c, stored) -> c);
    RequestCounter.Totals used = RequestCounter.totals().minus(before);

    assertThat(outcomes).containsExactly(Outcome.UNCHANGED, Outcome.WRITTEN);
    assertThat(used.itemWrites()).isEqualTo(1);
    // the unchanged one stays as it was written
    assertThat(getRaw("POS#9600002", "POS")).containsKeys("f.positionTitle", "ord", "del");
    Map<String, AttributeValue> rewritten = getRaw("POS#9600003", "POS");
    assertThat(rewritten.get("field.positionTitle").s()).isEqualTo("Consultant");
    assertThat(rewritten.get("sourceOrder").s()).isEqualTo(NEW_ORDER);
    assertThat(rewritten)
        .doesNotContainKeys("f.positionTitle", "f.tpn", "ord", "del", "lo", "file");
  }

  @Test
  void anOlderFileThanAnOldItemIsSupersededByItsOrder() {
    putOldPosition("9600004", "Registrar");
    Item older = candidate("9600004", "Consultant").put(RecordItem.SOURCE_ORDER, "2024");

    assertThat(writer.apply(List.of(older), (c, stored) -> c)).containsExactly(Outcome.SUPERSEDED);
  }

  @Test
  void anOldReceiptIsReadUnderThePresentNames() {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("PK", s("FILE#bucket/DE_YHD_RMC_20250303_00000009.DAT"));
    item.put("SK", s("RECEIPT"));
    item.put("sha", s("abc123"));
    item.put("status", s("PROCESSING"));
    item.put("lease", AttributeValue.fromN("1700000000"));
    item.put("report", s("{\"file\":\"DE_YHD_RMC_20250303_00000009.DAT\"}"));
    item.put("rtcSeq", s("41"));
    item.put("version", AttributeValue.fromN("3"));
    putRaw(item);

    Receipt receipt = receipts.get("bucket", "DE_YHD_RMC_20250303_00000009.DAT").orElseThrow();

    assertThat(receipt.sha256()).isEqualTo("abc123");
    assertThat(receipt.status()).isEqualTo("PROCESSING");
    assertThat(receipt.leaseUntil()).isEqualTo(1_700_000_000L);
    assertThat(receipt.reportSummary()).contains("00000009");
    assertThat(receipt.rtcSequence()).hasValue(41);
    assertThat(receipt.version()).isEqualTo(3);

    assertThat(receipts.replace(receipt.copy().noLease(), receipt)).isTrue();
    Map<String, AttributeValue> written = getRaw(item.get("PK").s(), "RECEIPT");
    assertThat(written.get("sha256").s()).isEqualTo("abc123");
    assertThat(written.get("rtcSequence").s()).isEqualTo("41");
    assertThat(written.get("version").n()).isEqualTo("4");
    assertThat(written).doesNotContainKeys("sha", "lease", "report", "rtcSeq", "leaseUntil");
  }

  @Test
  void anOldSnapshotMarkIsReadUnderThePresentNames() {
    putRaw(
        Map.of(
            "PK", s("SNAP#OLDSHAPE"),
            "SK", s("RMF"),
            "ord", s(OLD_ORDER),
            "file", s("DE_YHD_RMF_20250303_00000001.DAT")));

    assertThat(marks.get("OLDSHAPE"))
        .contains(new SnapshotMark.Mark(OLD_ORDER, "DE_YHD_RMF_20250303_00000001.DAT"));
  }
}
