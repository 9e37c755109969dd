package dev.esrlink.bench;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.TableDefinition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What the hub holds, as AWS bills it: DynamoDB's billed bytes of every item (its size by AWS's
 * published rule, "Item sizes and formats", plus 100 bytes of overhead, in the table and again in
 * each global secondary index that holds it, the indexes projecting every attribute), and the S3
 * objects by bucket and key. The size rule is the functions' {@code CapacityUnits} again: the CLI's
 * JVM does not load the functions' classes.
 */
final class Storage {

  /** The overhead DynamoDB bills per item, in the table and in each index that holds the item. */
  static final int ITEM_OVERHEAD = 100;

  static final double GIB = 1024.0 * 1024 * 1024;

  private Storage() {}

  /** The size in bytes of an item by DynamoDB's rules. */
  static long itemSize(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  /** Write units of one standard write of an item of this size (one per started KB). */
  static long writeUnits(long size) {
    return Math.max(1, (size + 1023) / 1024);
  }

  /** Read units of a strongly consistent read of an item of this size (one per started 4 KB). */
  static long readUnits(long size) {
    return Math.max(1, (size + 4095) / 4096);
  }

  /** How many copies of the item DynamoDB keeps: the table's and each index's that holds it. */
  static int copies(Map<String, AttributeValue> item, TableDefinition table) {
    int copies = 1;
    for (TableDefinition.Index index : table.indexes()) {
      if (item.containsKey(index.partitionKey())
          && (index.sortKey() == null || item.containsKey(index.sortKey()))) {
        copies++;
      }
    }
    return copies;
  }

  /** The bytes DynamoDB bills for holding the item: (size + 100) per copy. */
  static long billedBytes(Map<String, AttributeValue> item, TableDefinition table) {
    return (itemSize(item) + ITEM_OVERHEAD) * copies(item, table);
  }

  /** The items of a table and their billed bytes. */
  record Table(long items, long itemBytes, long billedBytes) {
    double gib() {
      return billedBytes / GIB;
    }
  }

  /** Every item of the table, scanned (by a client that counts nothing in the functions' usage). */
  static Table table(DynamoDbClient dynamo, TableDefinition table, String name) {
    long items = 0;
    long itemBytes = 0;
    long billed = 0;
    for (Map<String, AttributeValue> item :
        dynamo.scanPaginator(r -> r.tableName(name).limit(1_000)).items()) {
      items++;
      itemBytes += itemSize(item);
      billed += billedBytes(item, table);
    }
    return new Table(items, itemBytes, billed);
  }

  /** The size of every object of the hub's buckets, by {@code bucket/key}. */
  static Map<String, Long> objects(S3Client s3) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Bucket bucket : Bucket.values()) {
      for (S3Object object :
          s3.listObjectsV2Paginator(r -> r.bucket(bucket.localName())).contents()) {
        sizes.put(bucket.localName() + "/" + object.key(), object.size());
      }
    }
    return sizes;
  }

  /**
   * The bytes S3 holds at steady state when every day writes what the run's day wrote: the objects
   * that are new since {@code before} kept for {@code retentionDays} days each, plus the objects
   * the day rewrote under their key (status pages) held once. Objects neither new nor rewritten
   * (the first load's) have expired by then.
   */
  static long steadyS3Bytes(Map<String, Long> before, Map<String, Long> after, int retentionDays) {
    long bytes = 0;
    for (Map.Entry<String, Long> object : after.entrySet()) {
      Long earlier = before.get(object.getKey());
      if (earlier == null) {
        bytes += object.getValue() * retentionDays;
      } else if (!earlier.equals(object.getValue())) {
        bytes += object.getValue();
      }
    }
    return bytes;
  }

  private static long valueSize(AttributeValue value) {
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
      return value.ss().stream().mapToLong(Storage::utf8).sum();
    }
    if (value.hasNs()) {
      return value.ns().stream().mapToLong(Storage::numberSize).sum();
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

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
