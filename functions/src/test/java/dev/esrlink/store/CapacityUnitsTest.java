package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The item size and unit rules of AWS's "Item sizes and formats" page, on items worked by hand. */
class CapacityUnitsTest {

  @Test
  void stringsCountNamesAndValuesInUtf8Bytes() {
    // "pk" (2) + "POS#1" (5) + "t" (1) + "Café" (5: é is two bytes)
    assertThat(CapacityUnits.itemSize(Map.of("pk", s("POS#1"), "t", s("Café")))).isEqualTo(13);
  }

  @Test
  void numbersCountOneBytePerTwoSignificantDigitsPlusOne() {
    assertThat(CapacityUnits.numberSize("7")).isEqualTo(2);
    assertThat(CapacityUnits.numberSize("12345")).isEqualTo(4);
    assertThat(CapacityUnits.numberSize("1200")).isEqualTo(2); // trailing zeros trimmed
    assertThat(CapacityUnits.numberSize("0.0050")).isEqualTo(2); // leading and trailing zeros
    assertThat(CapacityUnits.numberSize("-1.5")).isEqualTo(2);
    // "n" (1) + 2
    assertThat(CapacityUnits.itemSize(Map.of("n", AttributeValue.fromN("42")))).isEqualTo(3);
  }

  @Test
  void flagsNullsBinaryListsAndMaps() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("del", AttributeValue.fromBool(false)); // 3 + 1
    item.put("x", AttributeValue.builder().nul(true).build()); // 1 + 1
    item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10]))); // 1 + 10
    item.put("l", AttributeValue.fromL(List.of(s("ab"), s("c")))); // 1 + 3 + (2+1) + (1+1)
    item.put("m", AttributeValue.fromM(Map.of("k", s("v")))); // 1 + 3 + (1 + 1 + 1)
    item.put("e", AttributeValue.fromL(List.of())); // 1 + 3
    item.put("ss", AttributeValue.fromSs(List.of("ab", "cde"))); // 2 + 5
    assertThat(CapacityUnits.itemSize(item)).isEqualTo(4 + 2 + 11 + 9 + 7 + 4 + 7);
  }

  @Test
  void writesCostOneUnitPerStartedKilobyte() {
    assertThat(CapacityUnits.writeUnits(0)).isEqualTo(1);
    assertThat(CapacityUnits.writeUnits(1024)).isEqualTo(1);
    assertThat(CapacityUnits.writeUnits(1025)).isEqualTo(2);
    // an item of 1,000 characters under a one-letter name: 1,001 bytes, one unit; one more, two
    assertThat(CapacityUnits.writeUnits(CapacityUnits.itemSize(Map.of("v", s("x".repeat(1023))))))
        .isEqualTo(1);
    assertThat(CapacityUnits.writeUnits(CapacityUnits.itemSize(Map.of("v", s("x".repeat(1024))))))
        .isEqualTo(2);
  }

  @Test
  void readsCostOneUnitPerStarted4KilobytesConsistentAndHalfEventually() {
    assertThat(CapacityUnits.readUnits(0, true)).isEqualTo(1.0); // a missing item: the minimum
    assertThat(CapacityUnits.readUnits(0, false)).isEqualTo(0.5);
    assertThat(CapacityUnits.readUnits(4096, true)).isEqualTo(1.0);
    assertThat(CapacityUnits.readUnits(4097, true)).isEqualTo(2.0);
    assertThat(CapacityUnits.readUnits(8192, false)).isEqualTo(1.0);
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }
}
