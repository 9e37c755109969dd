package dev.esrlink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StorageTest {

  @Test
  void anItemsSizeIsItsNamesAndValuesByTheSizeRule() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("PK", AttributeValue.fromS("POS#123")); // 2 + 7
    item.put("SK", AttributeValue.fromS("POS")); // 2 + 3
    item.put("n", AttributeValue.fromN("12345")); // 1 + (5 digits: 3 + 1)
    item.put("ok", AttributeValue.fromBool(true)); // 2 + 1
    item.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("ab")))); // 1 + 3 + 2 + 1
    item.put("é", AttributeValue.fromS("ü")); // 2 + 2

    assertThat(Storage.itemSize(item)).isEqualTo(9 + 5 + 5 + 3 + 7 + 4);
  }

  @Test
  void billedBytesAddTheOverheadInTheTableAndEachIndexHoldingTheItem() {
    Map<String, AttributeValue> keysOnly =
        Map.of("PK", AttributeValue.fromS("ab"), "SK", AttributeValue.fromS("cd"));
    Map<String, AttributeValue> inLoIndex = new LinkedHashMap<>(keysOnly);
    inLoIndex.put("LOPK", AttributeValue.fromS("EOE#POS")); // 4 + 7
    inLoIndex.put("LOSK", AttributeValue.fromS("1")); // 4 + 1
    Map<String, AttributeValue> inBoth = new LinkedHashMap<>(inLoIndex);
    inBoth.put("REGPK", AttributeValue.fromS("GMC#1234567")); // 5 + 11
    inBoth.put("REGSK", AttributeValue.fromS("P")); // 5 + 1

    assertThat(Storage.billedBytes(keysOnly, Topology.TABLE)).isEqualTo(8 + 100);
    assertThat(Storage.billedBytes(inLoIndex, Topology.TABLE)).isEqualTo(2 * (24 + 100));
    assertThat(Storage.billedBytes(inBoth, Topology.TABLE)).isEqualTo(3 * (46 + 100));
  }

  @Test
  void anIndexWithoutItsSortKeyDoesNotHoldTheItem() {
    Map<String, AttributeValue> item =
        Map.of(
            "PK", AttributeValue.fromS("a"),
            "SK", AttributeValue.fromS("b"),
            "LOPK", AttributeValue.fromS("c"));

    assertThat(Storage.copies(item, Topology.TABLE)).isEqualTo(1);
  }

  @Test
  void writeAndReadUnitsPerStartedKilobyteAndFourKilobytes() {
    assertThat(Storage.writeUnits(0)).isEqualTo(1);
    assertThat(Storage.writeUnits(1024)).isEqualTo(1);
    assertThat(Storage.writeUnits(1025)).isEqualTo(2);
    assertThat(Storage.readUnits(4096)).isEqualTo(1);
    assertThat(Storage.readUnits(4097)).isEqualTo(2);
  }

  @Test
  void steadyStateKeepsEachNewObjectForTheRetentionAndARewrittenOneOnce() {
    Map<String, Long> before = Map.of("b/first", 1_000L, "b/status.html", 50L);
    Map<String, Long> after =
        Map.of("b/first", 1_000L, "b/status.html", 60L, "b/day-1", 200L, "b/day-2", 300L);

    assertThat(Storage.steadyS3Bytes(before, after, 400)).isEqualTo(500L * 400 + 60);
  }
}
