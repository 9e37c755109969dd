package dev.esrlink.fault;

import dev.esrlink.emulator.EmbeddedEmulators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** Reads the emulated table directly (not through the functions' client). */
final class Table {
  private Table() {}

  /** The stored position parts (SK POS or POR) of the given ids, by "id|SK". */
  static Map<String, Map<String, AttributeValue>> positions(long firstId, int n) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (long id = firstId; id < firstId + n; id++) {
      for (String sk : new String[] {"POS", "POR"}) {
        keys.add(Map.of("PK", AttributeValue.fromS("POS#" + id), "SK", AttributeValue.fromS(sk)));
      }
    }
    Map<String, Map<String, AttributeValue>> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += 100) {
      Map<String, KeysAndAttributes> request =
          Map.of(
              "esrlink",
              KeysAndAttributes.builder()
                  .keys(keys.subList(from, Math.min(keys.size(), from + 100)))
                  .consistentRead(true)
                  .build());
      while (!request.isEmpty()) {
        Map<String, KeysAndAttributes> pending = request;
        var response =
            EmbeddedEmulators.shared().dynamoDb().batchGetItem(b -> b.requestItems(pending));
        response
            .responses()
            .getOrDefault("esrlink", List.of())
            .forEach(i -> found.put(i.get("PK").s().substring(4) + "|" + i.get("SK").s(), i));
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return found;
  }

  static String title(Map<String, AttributeValue> item) {
    AttributeValue v = item.get("field.positionTitle");
    return v == null ? null : v.s();
  }
}
