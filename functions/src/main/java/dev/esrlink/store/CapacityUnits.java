package dev.esrlink.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's published sizing rules ("Item sizes and formats", "Read/write request units"): an
 * item's size is the UTF-8 bytes of its attribute names plus its values (strings by their UTF-8
 * bytes, numbers about one byte per two significant digits plus one, binary by raw bytes, null and
 * flags one byte, lists and maps 3 bytes plus one byte per element plus their elements); a write
 * costs one unit per started KB, a strongly consistent read one unit per started 4 KB, an
 * eventually consistent read half of that, a transactional request twice a standard one.
 */
public final class CapacityUnits {

  static final int WRITE_BLOCK = 1024;
  static final int READ_BLOCK = 4096;

  private CapacityUnits() {}

  /** The size in bytes of an item by DynamoDB's rules. */
  public static long itemSize(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  /** Write units of one standard write of an item of this size (at least one). */
  public static long writeUnits(long size) {
    return Math.max(1, (size + WRITE_BLOCK - 1) / WRITE_BLOCK);
  }

  /**
   * Read units of reading an item of this size (a missing item costs the minimum): strongly
   * consistent one per started 4 KB, eventually consistent half.
   */
  public static double readUnits(long size, boolean consistent) {
    long blocks = Math.max(1, (size + READ_BLOCK - 1) / READ_BLOCK);
    return consistent ? blocks : blocks / 2.0;
  }

  static long valueSize(AttributeValue value) {
    if (value.s() != null) {
      return utf8(value.s());
    }
    if (value.n() != null) {
      return numberSize(value.n());
    }
    if (value.b() != null) {
      return value.b().asByteArrayUnsafe().length;
    }
    if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
      return 1;
    }
    if (value.hasSs()) {
      return value.ss().stream().mapToLong(CapacityUnits::utf8).sum();
    }
    if (value.hasNs()) {
      return value.ns().stream().mapToLong(CapacityUnits::numberSize).sum();
    }
    if (value.hasBs()) {
      return value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
    }
    if (value.hasL()) {
      return 3 + elements(value.l());
    }
    if (value.hasM()) {
      long size = 3;
      for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
        size += utf8(entry.getKey()) + valueSize(entry.getValue()) + 1;
      }
      return size;
    }
    return 0;
  }

  private static long elements(List<AttributeValue> list) {
    long size = 0;
    for (AttributeValue element : list) {
      size += valueSize(element) + 1;
    }
    return size;
  }

  /** One byte per two significant digits (leading and trailing zeros trimmed), plus one. */
  static long numberSize(String number) {
    String digits = new BigDecimal(number.trim()).abs().unscaledValue().toString();
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    int significant = digits.equals("0") ? 1 : end;
    return (significant + 1) / 2 + 1;
  }

  static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The total size of items (a query's or a scan's, read as one). */
  static long totalSize(Collection<Map<String, AttributeValue>> items) {
    long size = 0;
    for (Map<String, AttributeValue> item : items) {
      size += itemSize(item);
    }
    return size;
  }
}
