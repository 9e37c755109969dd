package dev.esrlink.cli.bench;

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
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ingest floor: the very items the hub wrote for a file (read back from its table after the
 * ingest, untimed), written by a bare client in BatchWriteItem calls of 25 into an empty table of
 * the same definition (keys, both indexes, time to live), as many calls at a time as the hub sends
 * ({@link #PARALLEL}), after a warm-up of 2,500 of them into another table. Also written one call
 * at a time, and one call at a time into a table with the keys only (what the indexes cost).
 */
final class Floor {

  /** The attributes the hub's record items carry (dev.esrlink.store.Keys FILE and HASH). */
  private static final String FILE = "file";

  private static final String HASH = "hash";

  /** The hub's default esrlink.rules.batch-parallelism: batch calls in flight at once. */
  static final int PARALLEL = 4;

  private static int tables;

  /** What writing the items cost: like the hub, one call at a time, and without indexes. */
  record Figures(long items, long parallelMs, long sequentialMs, long keysOnlyMs) {}

  private Floor() {}

  static Figures measure(DynamoDbClient dynamo, String fileName) {
    List<Map<String, AttributeValue>> items = itemsOf(dynamo, fileName);
    TableDefinition hub = Topology.TABLE;
    write(
        dynamo,
        create(dynamo, hub, "bench-floor-warmup"),
        items.subList(0, Math.min(2_500, items.size())),
        PARALLEL);
    long parallel = timedWrite(dynamo, create(dynamo, hub, "bench-floor"), items, PARALLEL);
    long sequential = timedWrite(dynamo, create(dynamo, hub, "bench-floor-seq"), items, 1);
    TableDefinition keysOnly =
        new TableDefinition(hub.localName(), hub.partitionKey(), hub.sortKey(), List.of(), null);
    long plain = timedWrite(dynamo, create(dynamo, keysOnly, "bench-floor-keys"), items, 1);
    return new Figures(items.size(), parallel, sequential, plain);
  }

  /** The items the hub wrote for the file: its record items, scanned from the hub's table. */
  static List<Map<String, AttributeValue>> itemsOf(DynamoDbClient dynamo, String fileName) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(Topology.TABLE.localName())
                    .filterExpression("#f = :f AND attribute_exists(#h)")
                    .expressionAttributeNames(Map.of("#f", FILE, "#h", HASH))
                    .expressionAttributeValues(Map.of(":f", AttributeValue.fromS(fileName))))
        .items()
        .forEach(items::add);
    return items;
  }

  private static long timedWrite(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items, int calls) {
    long start = System.nanoTime();
    write(dynamo, table, items, calls);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** Writes the items in batches of 25, {@code calls} batch calls in flight at once. */
  private static void write(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items, int calls) {
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < items.size(); from += 25) {
        List<Map<String, AttributeValue>> batch =
            items.subList(from, Math.min(from + 25, items.size()));
        done.add(pool.submit(() -> writeBatch(dynamo, table, batch)));
      }
      for (Future<?> call : done) {
        call.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the floor", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the floor's batch write failed", e.getCause());
    } finally {
      pool.shutdownNow();
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

  /** A new, empty table of the definition under a name of this run. */
  private static String create(DynamoDbClient dynamo, TableDefinition definition, String name) {
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
