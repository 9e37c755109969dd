package dev.esrlink.bench;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.emulator.TopologyProvisioner;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What a Local Office index query costs in DynamoDB Local by partition size, with and without a
 * page {@code Limit}, which decides the page size of the exports' queries: partitions of 2,500 to
 * 20,000 items of 25 text attributes, each read whole twice each way. Prints one line per read.
 */
public final class QueryPages {
  private static final int LIMIT = 1_000;

  private QueryPages() {}

  public static void main(String[] args) {
    try (EmbeddedEmulators emulators = EmbeddedEmulators.shared()) {
      DynamoDbClient dynamo = emulators.dynamoDb();
      TopologyProvisioner.provision(emulators.s3(), dynamo);
      for (int size : new int[] {2_500, 5_000, 10_000, 20_000}) {
        String partition = "PAGES" + size + "#NOT";
        fill(dynamo, partition, size);
        for (boolean limited : new boolean[] {false, true, false, true}) {
          read(dynamo, partition, size, limited);
        }
      }
    }
  }

  private static void fill(DynamoDbClient dynamo, String partition, int size) {
    String table = Topology.TABLE.localName();
    List<WriteRequest> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put("PK", AttributeValue.fromS(partition + "-" + i));
      item.put("SK", AttributeValue.fromS("NOT"));
      item.put("LOPK", AttributeValue.fromS(partition));
      item.put("LOSK", AttributeValue.fromS(String.format("%06d", i)));
      for (int field = 0; field < 25; field++) {
        item.put("row.field" + field, AttributeValue.fromS("value " + field + " of item " + i));
      }
      batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      if (batch.size() == 25 || i == size - 1) {
        Map<String, List<WriteRequest>> request = Map.of(table, batch);
        dynamo.batchWriteItem(r -> r.requestItems(request));
        batch = new ArrayList<>();
      }
    }
  }

  private static void read(DynamoDbClient dynamo, String partition, int size, boolean limited) {
    long start = System.nanoTime();
    int items = 0;
    int pages = 0;
    Map<String, AttributeValue> from = null;
    do {
      QueryRequest.Builder query =
          QueryRequest.builder()
              .tableName(Topology.TABLE.localName())
              .indexName(Topology.LO_INDEX)
              .keyConditionExpression("LOPK = :k")
              .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(partition)))
              .exclusiveStartKey(from);
      if (limited) {
        query.limit(LIMIT);
      }
      QueryResponse response = dynamo.query(query.build());
      items += response.count();
      pages++;
      from =
          response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
              ? response.lastEvaluatedKey()
              : null;
    } while (from != null);
    System.out.printf(
        "query-pages: partition=%d limit=%s items=%d pages=%d ms=%d%n",
        size, limited ? LIMIT : "none", items, pages, (System.nanoTime() - start) / 1_000_000);
  }
}
