package dev.esrlink.bench;

import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The floor of ingesting APC and DCC files, worked out after their ingest from what they stored
 * (read by a bare client, counted in no function's usage): for each confirmation, one strongly
 * consistent read of the reference it answers (the lookup that finds what was sent), the write
 * units of its load result and those of the sent item whose status it sets, each in the table and
 * in every index that holds the item. These are the items whose content a confirmation changes.
 */
final class ConfirmationFloor {

  private static final TableDefinition TABLE = Topology.TABLE;

  private ConfirmationFloor() {}

  /** The floor of the confirmation files of one Local Office: read and write units. */
  record Units(long readUnits, long writeUnits, long results) {
    Units plus(Units other) {
      return new Units(
          readUnits + other.readUnits, writeUnits + other.writeUnits, results + other.results);
    }
  }

  static final Units NONE = new Units(0, 0, 0);

  /** The floor of the file {@code fileName} of Local Office {@code lo}, from its load results. */
  static Units of(DynamoDbClient dynamo, String lo, String fileName) {
    List<Map<String, AttributeValue>> results = new ArrayList<>();
    dynamo
        .queryPaginator(
            r ->
                r.tableName(TABLE.localName())
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :file)")
                    .expressionAttributeNames(
                        Map.of("#pk", TABLE.partitionKey(), "#sk", TABLE.sortKey()))
                    .expressionAttributeValues(
                        Map.of(
                            ":pk", AttributeValue.fromS("LR#" + lo),
                            ":file", AttributeValue.fromS(fileName + "#"))))
        .items()
        .forEach(results::add);
    long read = 0;
    long write = 0;
    List<Map<String, AttributeValue>> refs = new ArrayList<>();
    List<Map<String, AttributeValue>> sent = new ArrayList<>();
    for (Map<String, AttributeValue> result : results) {
      write += Storage.writeUnits(Storage.itemSize(result)) * Storage.copies(result, TABLE);
      refs.add(key("REF#" + result.get("ref").s(), "REF"));
      if (result.containsKey("sentPk") && result.containsKey("sentSk")) {
        sent.add(key(result.get("sentPk").s(), result.get("sentSk").s()));
      }
    }
    List<Map<String, AttributeValue>> found = get(dynamo, refs);
    for (Map<String, AttributeValue> ref : found) {
      read += Storage.readUnits(Storage.itemSize(ref));
    }
    read += Math.max(0, refs.stream().distinct().count() - found.size());
    for (Map<String, AttributeValue> item : get(dynamo, sent)) {
      write += Storage.writeUnits(Storage.itemSize(item)) * Storage.copies(item, TABLE);
    }
    return new Units(read, write, results.size());
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(
        TABLE.partitionKey(), AttributeValue.fromS(pk), TABLE.sortKey(), AttributeValue.fromS(sk));
  }

  /** The items of the keys that exist, each key read once. */
  private static List<Map<String, AttributeValue>> get(
      DynamoDbClient dynamo, List<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> distinct = keys.stream().distinct().toList();
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += 100) {
      Map<String, KeysAndAttributes> pending =
          Map.of(
              TABLE.localName(),
              KeysAndAttributes.builder()
                  .keys(distinct.subList(from, Math.min(from + 100, distinct.size())))
                  .build());
      while (!pending.isEmpty()) {
        final Map<String, KeysAndAttributes> request = pending;
        BatchGetItemResponse response = dynamo.batchGetItem(r -> r.requestItems(request));
        found.addAll(response.responses().getOrDefault(TABLE.localName(), List.of()));
        pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }
}
