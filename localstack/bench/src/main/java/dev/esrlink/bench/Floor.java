package dev.esrlink.bench;

import dev.esrlink.emulator.TopologyProvisioner;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ingest floor: the very items the hub wrote for a file (read back from its table after the
 * ingest, untimed), written by a bare client in BatchWriteItem calls of 25 into an empty table of
 * the same definition (keys, both indexes, time to live), as many calls at a time as the hub sends
 * ({@link #PARALLEL}), after a warm-up of 2,500 of them into another table. The bench measures it
 * right after the file's ingest, so that both see the same state of a shared machine. Also written
 * one call at a time, and one call at a time into a table with the keys only (what the indexes
 * cost).
 */
final class Floor {

  /** The attributes the hub's record items carry (dev.esrlink.store.RecordItem). */
  private static final String FILE = "sourceFile";

  private static final String DELETED = "deleted";

  /** The hub's default esrlink.rules.batch-parallelism: batch calls in flight at once. */
  static final int PARALLEL = 4;

  private static int tables;

  /**
   * The floor of one file: its items, written as the hub sends them, in {@code ms}; and reading
   * their keys from an empty table as the hub's compare read does (BatchGetItem of 100, the same
   * calls in flight; a first load finds nothing), in {@code readMs}.
   */
  record Parallel(long items, long ms, long readMs) {}

  /**
   * What else the items cost: read and written chunk by chunk as the hub's compare does ({@link
   * #compare}), written one call at a time, and written without indexes.
   */
  record Others(long compareMs, long sequentialMs, long keysOnlyMs) {}

  private Floor() {}

  /** A file's items ({@link #itemsOf}) written {@link #PARALLEL} calls at a time, then read. */
  static Parallel parallel(DynamoDbClient dynamo, List<Map<String, AttributeValue>> items) {
    TableDefinition hub = Topology.TABLE;
    timedWrite(
        dynamo,
        hub,
        "bench-floor-warmup",
        items.subList(0, Math.min(2_500, items.size())),
        PARALLEL);
    long ms = timedWrite(dynamo, hub, "bench-floor", items, PARALLEL);
    List<Map<String, AttributeValue>> keys = items.stream().map(Floor::keyOf).toList();
    long readMs = timed(dynamo, hub, "bench-floor-read", keys, 100, PARALLEL, Floor::readBatch);
    return new Parallel(items.size(), ms, readMs);
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    String pk = Topology.TABLE.partitionKey();
    String sk = Topology.TABLE.sortKey();
    return Map.of(pk, item.get(pk), sk, item.get(sk));
  }

  /**
   * A file's items read and written by the hub's calls ({@link #compare}), then written one call at
   * a time into a table like the hub's and into one with the keys only.
   */
  static Others others(DynamoDbClient dynamo, List<Map<String, AttributeValue>> items) {
    TableDefinition hub = Topology.TABLE;
    long compare = compare(dynamo, items);
    long sequential = timedWrite(dynamo, hub, "bench-floor-seq", items, 1);
    TableDefinition keysOnly =
        new TableDefinition(hub.localName(), hub.partitionKey(), hub.sortKey(), List.of(), null);
    return new Others(
        compare, sequential, timedWrite(dynamo, keysOnly, "bench-floor-keys", items, 1));
  }

  /**
   * The floor of the hub's compare-then-write design: the items in chunks of 100 x {@link
   * #PARALLEL} as the hub cuts a file, each chunk's keys read ({@code BatchGetItem} of 100, all at
   * once) and then its items written ({@code BatchWriteItem} of 25, {@link #PARALLEL} at a time),
   * by a bare client into an empty table of the hub's definition; in ms.
   */
  private static long compare(DynamoDbClient dynamo, List<Map<String, AttributeValue>> items) {
    String table = create(dynamo, Topology.TABLE, "bench-floor-compare");
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    long start = System.nanoTime();
    try {
      int chunk = 100 * PARALLEL;
      for (int from = 0; from < items.size(); from += chunk) {
        List<Map<String, AttributeValue>> part =
            items.subList(from, Math.min(from + chunk, items.size()));
        inBatches(
            pool, dynamo, table, part.stream().map(Floor::keyOf).toList(), 100, Floor::readBatch);
        inBatches(pool, dynamo, table, part, 25, Floor::writeBatch);
      }
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      pool.shutdownNow();
      dynamo.deleteTable(r -> r.tableName(table));
    }
  }

  /** The items the hub wrote for the file: its record items, scanned from the hub's table. */
  static List<Map<String, AttributeValue>> itemsOf(DynamoDbClient dynamo, String fileName) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(Topology.TABLE.localName())
                    .limit(1_000) // without it DynamoDB Local reads the rest of the table per page
                    .filterExpression("#f = :f AND attribute_exists(#d)")
                    .expressionAttributeNames(Map.of("#f", FILE, "#d", DELETED))
                    .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(fileName))))
        .items()
        .forEach(items::add);
    return items;
  }

  /**
   * Writes the items into a new table of the definition and times it; the table is deleted after,
   * so that the emulator's memory does not grow from run to run.
   */
  private static long timedWrite(
      DynamoDbClient dynamo,
      TableDefinition definition,
      String name,
      List<Map<String, AttributeValue>> items,
      int calls) {
    return timed(dynamo, definition, name, items, 25, calls, Floor::writeBatch);
  }

  /** One batch call of the floor: a write of up to 25 items or a read of up to 100 keys. */
  private interface BatchCall {
    void call(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> batch);
  }

  /**
   * Runs the batch calls over a new table of the definition and times them; the table is deleted
   * after, so that the emulator's memory does not grow from run to run.
   */
  private static long timed(
      DynamoDbClient dynamo,
      TableDefinition definition,
      String name,
      List<Map<String, AttributeValue>> items,
      int size,
      int calls,
      BatchCall call) {
    String table = create(dynamo, definition, name);
    long ms = timed(dynamo, table, items, size, calls, call);
    dynamo.deleteTable(r -> r.tableName(table));
    return ms;
  }

  /** The items written into an existing table, {@link #PARALLEL} calls of 25 at a time, in ms. */
  static long timedWrite(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
    return timed(dynamo, table, items, 25, PARALLEL, Floor::writeBatch);
  }

  /**
   * The items' keys read from an existing table, {@link #PARALLEL} calls of 100 at a time, in ms.
   */
  static long timedRead(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
    List<Map<String, AttributeValue>> keys = items.stream().map(Floor::keyOf).toList();
    return timed(dynamo, table, keys, 100, PARALLEL, Floor::readBatch);
  }

  private static long timed(
      DynamoDbClient dynamo,
      String table,
      List<Map<String, AttributeValue>> items,
      int size,
      int calls,
      BatchCall call) {
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      long start = System.nanoTime();
      inBatches(pool, dynamo, table, items, size, call);
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The items in batches of {@code size} on the pool's threads; returns when all have ended. */
  private static void inBatches(
      ExecutorService pool,
      DynamoDbClient dynamo,
      String table,
      List<Map<String, AttributeValue>> items,
      int size,
      BatchCall call) {
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < items.size(); from += size) {
        List<Map<String, AttributeValue>> batch =
            items.subList(from, Math.min(from + size, items.size()));
        done.add(pool.submit(() -> call.call(dynamo, table, batch)));
      }
      for (Future<?> answer : done) {
        answer.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring the floor", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch call of the floor failed", e.getCause());
    }
  }

  private static void writeBatch(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
    List<WriteRequest> batch = new ArrayList<>(25);
    for (Map<String, AttributeValue> item : items) {
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    Map<String, List<WriteRequest>> pending = Map.of(table, batch);
    while (!pending.isEmpty()) {
      final Map<String, List<WriteRequest>> request = pending;
      BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(request));
      pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
    }
  }

  private static void readBatch(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
    Map<String, KeysAndAttributes> pending =
        Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
    while (!pending.isEmpty()) {
      final Map<String, KeysAndAttributes> request = pending;
      BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(request));
      pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
    }
  }

  /** A new, empty table of the definition under a name of this run. */
  static String create(DynamoDbClient dynamo, TableDefinition definition, String name) {
    String unique = name + "-" + ++tables;
    TopologyProvisioner.createTable(
        dynamo,
        new TableDefinition(
            unique,
            definition.partitionKey(),
            definition.sortKey(),
            definition.indexes(),
            definition.timeToLiveAttribute()));
    return unique;
  }
}
