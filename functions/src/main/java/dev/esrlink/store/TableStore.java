package dev.esrlink.store;

import dev.esrlink.config.RulesConfig;
import dev.esrlink.config.TableConfig;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.log.LogEvent;
import dev.esrlink.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The single table: gets, queries (by key or by the Local Office index), batched reads of 100 and
 * writes of 25 with unprocessed items retried with back-off, and conditional puts.
 */
@ApplicationScoped
public class TableStore {
  private static final Logger LOG = Logger.getLogger(TableStore.class);
  private static final int MAX_ATTEMPTS = 10;

  /**
   * Items asked for per Query page. Without a limit DynamoDB Local reads, deserialises and renders
   * every remaining item of the partition for each 1 MB page and drops all but the page, so a large
   * Local Office's query cost would grow with the square of its size. On AWS a page holds at most 1
   * MB either way and reads are billed by size, so the limit changes little there: our items are
   * 0.5 to 2 KB, about as many per 1 MB page.
   */
  static final int QUERY_PAGE = 1_000;

  private final DynamoDbClient dynamo;
  private final String table;
  private final ParallelBatches batches;
  private final Retention retention;

  @Inject
  public TableStore(
      DynamoDbClient dynamo, TableConfig config, RulesConfig rules, Retention retention) {
    this.dynamo = dynamo;
    this.retention = retention;
    this.table = config.name();
    this.batches = new ParallelBatches(rules.batchParallelism());
  }

  public Optional<Item> get(String pk, String sk) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(b -> b.tableName(table).consistentRead(true).key(Item.keyed(pk, sk).key()))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(read(item));
  }

  /** Every put sets {@code expiresAt} on an item that holds personal data ({@link Retention}). */
  public void put(Item item) {
    retention.stamp(item);
    dynamo.putItem(b -> b.tableName(table).item(item.attributes()));
  }

  /** Puts the item only when no item has its key; false when one already does. */
  public boolean putIfAbsent(Item item) {
    retention.stamp(item);
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(item.attributes())
                  .conditionExpression("attribute_not_exists(PK)"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** Puts the item only when the stored one still has {@code version}; false when it changed. */
  public boolean putIfVersion(Item item, long version) {
    retention.stamp(item);
    try {
      dynamo.putItem(
          b ->
              b.tableName(table)
                  .item(item.attributes())
                  .conditionExpression("#v = :v")
                  .expressionAttributeNames(Map.of("#v", Receipt.VERSION))
                  .expressionAttributeValues(
                      Map.of(":v", AttributeValue.fromN(Long.toString(version)))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** Sets the load status of an applicant or notification ESR confirmed. */
  public void setStatus(String pk, String sk, String status) {
    if (pk == null || sk == null) {
      return;
    }
    Item key = Item.keyed(pk, sk);
    // a confirmation is a change: it restarts the retention period of personal data
    boolean personal = Retention.personal(pk);
    Map<String, AttributeValue> values =
        personal
            ? Map.of(
                ":s",
                AttributeValue.fromS(status),
                ":e",
                AttributeValue.fromN(Long.toString(retention.expiresAt(key))))
            : Map.of(":s", AttributeValue.fromS(status));
    dynamo.updateItem(
        b ->
            b.tableName(table)
                .key(key.key())
                .updateExpression(
                    personal
                        ? "SET loadStatus = :s, " + Retention.EXPIRES_AT + " = :e"
                        : "SET loadStatus = :s")
                .expressionAttributeValues(values));
  }

  /**
   * In one transaction: adds one to the sequence counter {@code seqPk}/OUT (checking it still holds
   * the value read) and puts the open-run item {@code runPk}/OPEN holding the new sequence and the
   * object key built from it. Retried when another writer moved the counter first.
   */
  public Optional<Item> takeSequenceAndOpen(
      String seqPk, String runPk, java.util.function.LongFunction<String> keyFor) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      long current = get(seqPk, Sequences.OUT).map(i -> i.number(Sequences.VALUE, 0)).orElse(0L);
      long next = current + 1;
      Item open = Item.keyed(runPk, "OPEN").put("seq", next).put("key", keyFor.apply(next));
      Item counter = Item.keyed(seqPk, Sequences.OUT).put(Sequences.VALUE, next);
      try {
        TransactWriteItem moveCounter =
            TransactWriteItem.builder()
                .put(
                    p ->
                        p.tableName(table)
                            .item(counter.attributes())
                            .conditionExpression("attribute_not_exists(#v) OR #v = :v")
                            .expressionAttributeNames(Map.of("#v", Sequences.VALUE))
                            .expressionAttributeValues(
                                Map.of(":v", AttributeValue.fromN(Long.toString(current)))))
                .build();
        TransactWriteItem putOpen =
            TransactWriteItem.builder()
                .put(
                    p ->
                        p.tableName(table)
                            .item(open.attributes())
                            .conditionExpression("attribute_not_exists(PK)"))
                .build();
        dynamo.transactWriteItems(b -> b.transactItems(moveCounter, putOpen));
        return Optional.of(open);
      } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
        LogEvent.of("sequence.moved")
            .with("sequence", seqPk)
            .with("attempt", attempt + 1)
            .debug(LOG);
      }
    }
    throw new EsrLinkException("could not take a sequence for " + seqPk + "; the run is retried");
  }

  /**
   * Takes the next value of a counter and writes the item it is recorded on, in one transaction:
   * the item ({@code itemFor} of the value) replaces the stored one only at {@code version}. Empty,
   * and nothing taken or written, when the item moved meanwhile; a counter that moved is retried.
   */
  public OptionalLong takeSequenceInto(
      String seqPk, long version, java.util.function.LongFunction<Item> itemFor) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      long current = get(seqPk, Sequences.OUT).map(i -> i.number(Sequences.VALUE, 0)).orElse(0L);
      long next = current + 1;
      Item counter = Item.keyed(seqPk, Sequences.OUT).put(Sequences.VALUE, next);
      Item item = itemFor.apply(next);
      TransactWriteItem moveCounter =
          TransactWriteItem.builder()
              .put(
                  p ->
                      p.tableName(table)
                          .item(counter.attributes())
                          .conditionExpression("attribute_not_exists(#v) OR #v = :v")
                          .expressionAttributeNames(Map.of("#v", Sequences.VALUE))
                          .expressionAttributeValues(
                              Map.of(":v", AttributeValue.fromN(Long.toString(current)))))
              .build();
      TransactWriteItem putItem =
          TransactWriteItem.builder()
              .put(
                  p ->
                      p.tableName(table)
                          .item(item.attributes())
                          .conditionExpression("#ver = :ver")
                          .expressionAttributeNames(Map.of("#ver", Receipt.VERSION))
                          .expressionAttributeValues(
                              Map.of(":ver", AttributeValue.fromN(Long.toString(version)))))
              .build();
      try {
        dynamo.transactWriteItems(b -> b.transactItems(moveCounter, putItem));
        return OptionalLong.of(next);
      } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException e) {
        boolean itemMoved =
            e.hasCancellationReasons()
                && e.cancellationReasons().size() > 1
                && "ConditionalCheckFailed".equals(e.cancellationReasons().get(1).code());
        if (itemMoved) {
          return OptionalLong.empty();
        }
        LogEvent.of("sequence.moved")
            .with("sequence", seqPk)
            .with("attempt", attempt + 1)
            .debug(LOG);
      }
    }
    throw new EsrLinkException("could not take a sequence for " + seqPk + "; this is retried");
  }

  public void delete(String pk, String sk) {
    dynamo.deleteItem(b -> b.tableName(table).key(Item.keyed(pk, sk).key()));
  }

  /**
   * Sets the text {@code attribute} of {@code pk}/{@code sk} to {@code value} unless it already
   * holds a greater one (compared as text); false when it does.
   */
  public boolean raiseIfNotAbove(String pk, String sk, String attribute, String value) {
    try {
      dynamo.updateItem(
          b ->
              b.tableName(table)
                  .key(Item.keyed(pk, sk).key())
                  .updateExpression("SET #a = :v")
                  .conditionExpression("attribute_not_exists(#a) OR #a <= :v")
                  .expressionAttributeNames(Map.of("#a", attribute))
                  .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** Atomically adds one to a counter and returns the new value. */
  public long increment(String pk, String sk, String attribute) {
    Map<String, AttributeValue> result =
        dynamo
            .updateItem(
                b ->
                    b.tableName(table)
                        .key(Item.keyed(pk, sk).key())
                        .updateExpression("ADD #c :one")
                        .expressionAttributeNames(Map.of("#c", attribute))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                        .returnValues("UPDATED_NEW"))
            .attributes();
    return Long.parseLong(result.get(attribute).n());
  }

  /** Every item of a partition. */
  public List<Item> query(String pk) {
    return queryAll(
        QueryRequest.builder()
            .tableName(table)
            .consistentRead(true)
            .keyConditionExpression("PK = :pk")
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))));
  }

  /** Every item whose Local Office index key is {@code lopk}. */
  public List<Item> queryLocalOffice(String lopk) {
    return queryIndex(Topology.LO_INDEX, lopk);
  }

  /** Every item whose registration index key is {@code regpk}. */
  public List<Item> queryRegistration(String regpk) {
    return queryIndex(Topology.REGISTRATION_INDEX, regpk);
  }

  /**
   * Hands each item of a Local Office index partition to {@code each}, page by page, with only the
   * named attributes: memory holds one page, not the partition.
   */
  public void forEachInLocalOffice(String lopk, List<String> attributes, Consumer<Item> each) {
    Map<String, String> names = new HashMap<>();
    List<String> projection = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      names.put("#a" + i, attributes.get(i));
      projection.add("#a" + i);
    }
    forEachPage(
        indexQuery(Topology.LO_INDEX, lopk, names)
            .projectionExpression(String.join(", ", projection)),
        each);
  }

  /** Every item of one partition of a global secondary index of the topology's table. */
  private List<Item> queryIndex(String indexName, String value) {
    return queryAll(indexQuery(indexName, value, new HashMap<>()));
  }

  /**
   * A query of one partition of a global secondary index of the topology's table; {@code names}
   * holds any other expression attribute names the caller uses.
   */
  private QueryRequest.Builder indexQuery(
      String indexName, String value, Map<String, String> names) {
    String key =
        Topology.TABLE.indexes().stream()
            .filter(i -> i.name().equals(indexName))
            .findFirst()
            .orElseThrow()
            .partitionKey();
    names.put("#k", key);
    return QueryRequest.builder()
        .tableName(table)
        .indexName(indexName)
        .keyConditionExpression("#k = :k")
        .expressionAttributeNames(names)
        .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(value)));
  }

  private List<Item> queryAll(QueryRequest.Builder request) {
    List<Item> items = new ArrayList<>();
    forEachPage(request, items::add);
    return items;
  }

  private void forEachPage(QueryRequest.Builder request, Consumer<Item> each) {
    request.limit(QUERY_PAGE);
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse response = dynamo.query(request.exclusiveStartKey(start).build());
      response.items().forEach(i -> each.accept(read(i)));
      start =
          response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
              ? response.lastEvaluatedKey()
              : null;
    } while (start != null);
  }

  /** Reads up to any number of keys, 100 per call; returns the items found by "PK|SK". */
  public Map<String, Item> batchGet(List<Item> keys) {
    Map<String, Item> found = new HashMap<>();
    for (List<Item> chunk : batches.inParallel(keys, 100, this::getChunk)) {
      chunk.forEach(i -> found.put(keyOf(i), i));
    }
    return found;
  }

  private List<Item> getChunk(List<Item> keys) {
    List<Map<String, AttributeValue>> chunk = new ArrayList<>();
    keys.forEach(k -> chunk.add(k.key()));
    List<Item> found = new ArrayList<>();
    Map<String, KeysAndAttributes> request =
        Map.of(table, KeysAndAttributes.builder().keys(chunk).consistentRead(true).build());
    for (int attempt = 0; !request.isEmpty(); attempt++) {
      checkAttempts(attempt, "BatchGetItem");
      Map<String, KeysAndAttributes> pending = request;
      BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(pending));
      response.responses().getOrDefault(table, List.of()).forEach(i -> found.add(read(i)));
      request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      backOff(attempt, !request.isEmpty());
    }
    return found;
  }

  /**
   * Writes items, 25 per call (several calls at once), retrying unprocessed items with back-off.
   */
  public void batchPut(List<Item> items) {
    items.forEach(retention::stamp);
    batches.inParallel(items, 25, this::putChunk);
  }

  private List<Item> putChunk(List<Item> items) {
    List<WriteRequest> chunk = new ArrayList<>();
    items.forEach(
        i ->
            chunk.add(
                WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(i.attributes()).build())
                    .build()));
    Map<String, List<WriteRequest>> request = Map.of(table, chunk);
    for (int attempt = 0; !request.isEmpty(); attempt++) {
      checkAttempts(attempt, "BatchWriteItem");
      Map<String, List<WriteRequest>> pending = request;
      BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(pending));
      request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
      backOff(attempt, !request.isEmpty());
    }
    return List.of();
  }

  /**
   * An item as read, with the names of an older shape renamed to the present ones ({@link
   * RecordItem#upgrade}, {@link Receipt#upgrade}), so every reader sees one shape.
   */
  private static Item read(Map<String, AttributeValue> stored) {
    return Item.of(Receipt.upgrade(RecordItem.upgrade(stored)));
  }

  public static String keyOf(Item item) {
    return item.pk() + "|" + item.sk();
  }

  private static void checkAttempts(int attempt, String call) {
    if (attempt >= MAX_ATTEMPTS) {
      throw new EsrLinkException(
          call
              + " left items unprocessed after "
              + MAX_ATTEMPTS
              + " attempts; the invocation fails and is retried");
    }
  }

  private static void backOff(int attempt, boolean needed) {
    if (!needed) {
      return;
    }
    long millis = Math.min(2_000, 25L << Math.min(attempt, 6));
    LogEvent.of("batch.unprocessed").with("retry", attempt + 1).with("ms", millis).debug(LOG);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EsrLinkException("interrupted while backing off", e);
    }
  }
}
