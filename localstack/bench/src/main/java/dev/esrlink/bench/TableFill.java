package dev.esrlink.bench;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the items already in a table cost a write into it in DynamoDB Local, to tell a slower ingest
 * from a fuller table: 30,000 items of the hub's shape (a person or position key, an index key on
 * one in four, 18 field attributes, hash and file) written and their keys read as the hub's floor
 * does ({@link Floor#timedWrite}, {@link Floor#timedRead}) into an empty table of the hub's
 * definition and into one that holds 110,000 items at the first round and 30,000 more at each next.
 * Prints one line per round.
 */
public final class TableFill {
  private static final int ITEMS = 30_000;

  private TableFill() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    try (EmbeddedEmulators emulators = EmbeddedEmulators.shared()) {
      DynamoDbClient dynamo = emulators.dynamoDb();
      String filled = Floor.create(dynamo, Topology.TABLE, "bench-filled");
      Floor.timedWrite(dynamo, filled, items("WARM", 20_000));
      for (int block = 0; block < 3; block++) {
        Floor.timedWrite(dynamo, filled, items("FILL" + block, ITEMS));
      }
      for (int round = 0; round < rounds; round++) {
        String empty = Floor.create(dynamo, Topology.TABLE, "bench-empty");
        List<Map<String, AttributeValue>> first = items("E" + round, ITEMS);
        long emptyRead = Floor.timedRead(dynamo, empty, first);
        long emptyWrite = Floor.timedWrite(dynamo, empty, first);
        dynamo.deleteTable(r -> r.tableName(empty));
        List<Map<String, AttributeValue>> second = items("F" + round, ITEMS);
        long filledRead = Floor.timedRead(dynamo, filled, second);
        long filledWrite = Floor.timedWrite(dynamo, filled, second);
        System.out.printf(
            Locale.ROOT,
            "fill round=%d filledItems=%d emptyReadMs=%d emptyWriteMs=%d filledReadMs=%d"
                + " filledWriteMs=%d write_filled_vs_empty=%.3f read_filled_vs_empty=%.3f"
                + " read_vs_write_empty=%.3f%n",
            round,
            110_000 + round * ITEMS,
            emptyRead,
            emptyWrite,
            filledRead,
            filledWrite,
            (double) filledWrite / emptyWrite,
            (double) filledRead / emptyRead,
            (double) emptyRead / emptyWrite);
      }
    }
  }

  /** Items of the hub's record-item shape under keys of their own ({@code prefix}). */
  private static List<Map<String, AttributeValue>> items(String prefix, int count) {
    List<Map<String, AttributeValue>> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<String, AttributeValue> item = new HashMap<>();
      item.put("PK", AttributeValue.fromS("PER#" + prefix + (1_000_000 + i)));
      item.put("SK", AttributeValue.fromS(i % 3 == 0 ? "PERS" : "ASG#" + i));
      if (i % 4 == 0) {
        item.put("LOPK", AttributeValue.fromS(prefix + "#POS"));
        item.put("LOSK", AttributeValue.fromS("P" + i));
      }
      for (int field = 0; field < 18; field++) {
        item.put("field.field" + field, AttributeValue.fromS("value " + field + " of " + i));
      }
      item.put("hash", AttributeValue.fromS("0123456789abcdef0123456789abcdef"));
      item.put("sourceFile", AttributeValue.fromS("DE_" + prefix + "_RMF_20250303_00000001.DAT"));
      items.add(item);
    }
    return items;
  }
}
