package dev.esrlink.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The ingest floor: one item per data record of the file (its fields as attributes, keys and a
 * content hash like the hub's items), written by a bare client in BatchWriteItem calls of 25 into
 * an empty table. Items are built before the clock starts; a short warm-up table comes first.
 */
final class Floor {

  private Floor() {}

  /** Milliseconds to write the file's records as items. */
  static long measure(DynamoDbClient dynamo, Path file) throws IOException {
    List<Map<String, AttributeValue>> items = items(file);
    write(
        dynamo,
        createTable(dynamo, "bench-floor-warmup"),
        items.subList(0, Math.min(2_500, items.size())));
    String table = createTable(dynamo, "bench-floor");
    long start = System.nanoTime();
    write(dynamo, table, items);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void write(
      DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
    for (int from = 0; from < items.size(); from += 25) {
      List<WriteRequest> batch = new ArrayList<>(25);
      for (Map<String, AttributeValue> item :
          items.subList(from, Math.min(from + 25, items.size()))) {
        batch.add(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      }
      Map<String, List<WriteRequest>> pending = Map.of(table, batch);
      while (!pending.isEmpty()) {
        final Map<String, List<WriteRequest>> request = pending;
        BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(request));
        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      }
    }
  }

  private static String createTable(DynamoDbClient dynamo, String name) {
    dynamo.createTable(
        r ->
            r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("PK")
                        .attributeType(ScalarAttributeType.S)
                        .build(),
                    AttributeDefinition.builder()
                        .attributeName("SK")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build()));
    return name;
  }

  /** One item per data record (HDR and TRL skipped). */
  static List<Map<String, AttributeValue>> items(Path file) throws IOException {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        List<String> fields = fields(text);
        String type = fields.get(0);
        if (type.equals("HDR") || type.equals("TRL") || fields.size() < 2) {
          continue;
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", s(type + "#" + fields.get(1)));
        item.put("SK", s("LINE#" + line));
        item.put("file", s(file.getFileName().toString()));
        item.put("hash", s(Integer.toHexString(text.hashCode()) + "0123456789abcdef0123456789ab"));
        for (int i = 2; i < fields.size(); i++) {
          if (!fields.get(i).isEmpty()) {
            item.put("f" + i, s(fields.get(i)));
          }
        }
        items.add(item);
      }
    }
    return items;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.builder().s(value).build();
  }

  /** The fields of one line: commas, double quotes with doubled quotes inside. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
