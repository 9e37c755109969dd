package dev.esrlink.store;

import dev.esrlink.log.LogEvent;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Request;

/**
 * Counts what the SDK's calls consume, as they are sent: DynamoDB requests, item writes, read and
 * write request units, and S3 requests by price class with their bytes. Registered on both clients
 * by {@code quarkus.dynamodb.interceptors} and {@code quarkus.s3.interceptors}; read by the
 * delivery's log line, the local function host (one line per invocation) and the benchmark.
 *
 * <p>Every DynamoDB request asks for its consumed capacity ({@code ReturnConsumedCapacity=TOTAL},
 * which includes the writes into the indexes); where the response carries it, that figure counts
 * ({@code reportedCalls}), unless the units worked out from the items' sizes by AWS's published
 * rules ({@link CapacityUnits}) are more: DynamoDB Local reports nothing for the keys a read does
 * not find, where AWS charges the minimum read for each, so such a call counts by the size rule
 * ({@code sizedCalls}). The size rule does not know a stored item's size: an update or delete
 * counts as the written values' size (at least one unit), where AWS charges the larger of the item
 * before and after, and it leaves out the indexes.
 *
 * <p>The floor ({@link #floorWrite}, {@link #floorRead}) is what the data itself needs: the write
 * units of the items whose content changed, and one strongly consistent read per changed key of a
 * Local Office already loaded; {@link ChangeWriter} adds to it.
 */
public class RequestCounter implements ExecutionInterceptor {
  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong WRITES = new AtomicLong();

  /** Read units in halves (an eventually consistent read of a small item is half a unit). */
  private static final AtomicLong READ_HALVES = new AtomicLong();

  private static final AtomicLong WRITE_HALVES = new AtomicLong();
  private static final AtomicLong REPORTED_CALLS = new AtomicLong();
  private static final AtomicLong SIZED_CALLS = new AtomicLong();
  private static final AtomicLong FLOOR_READ_HALVES = new AtomicLong();
  private static final AtomicLong FLOOR_WRITE_UNITS = new AtomicLong();
  private static final AtomicLong S3_GETS = new AtomicLong();
  private static final AtomicLong S3_PUTS = new AtomicLong();
  private static final AtomicLong S3_LISTS = new AtomicLong();
  private static final AtomicLong S3_OTHERS = new AtomicLong();
  private static final AtomicLong S3_BYTES_IN = new AtomicLong();
  private static final AtomicLong S3_BYTES_OUT = new AtomicLong();

  /**
   * What was consumed since the JVM started. {@code s3Puts} are S3's dearer class (PUT, COPY, POST,
   * LIST requests are priced alike; {@code s3Lists} counts the lists among them apart), {@code
   * s3Gets} GET requests, {@code s3Others} the rest (HEAD, DELETE: priced as GET or free); {@code
   * s3BytesIn} the bytes read from S3, {@code s3BytesOut} the bytes written to it.
   */
  public record Totals(
      long requests,
      long itemWrites,
      double readUnits,
      double writeUnits,
      long reportedCalls,
      long sizedCalls,
      double floorReadUnits,
      long floorWriteUnits,
      long s3Gets,
      long s3Puts,
      long s3Lists,
      long s3Others,
      long s3BytesIn,
      long s3BytesOut) {
    public Totals minus(Totals earlier) {
      return new Totals(
          requests - earlier.requests,
          itemWrites - earlier.itemWrites,
          readUnits - earlier.readUnits,
          writeUnits - earlier.writeUnits,
          reportedCalls - earlier.reportedCalls,
          sizedCalls - earlier.sizedCalls,
          floorReadUnits - earlier.floorReadUnits,
          floorWriteUnits - earlier.floorWriteUnits,
          s3Gets - earlier.s3Gets,
          s3Puts - earlier.s3Puts,
          s3Lists - earlier.s3Lists,
          s3Others - earlier.s3Others,
          s3BytesIn - earlier.s3BytesIn,
          s3BytesOut - earlier.s3BytesOut);
    }

    /** The figures as fields of a log line. */
    public LogEvent addTo(LogEvent event) {
      return event
          .with("dynamoRequests", requests)
          .with("itemWrites", itemWrites)
          .with("readUnits", tenths(readUnits))
          .with("writeUnits", tenths(writeUnits))
          .with("reportedCalls", reportedCalls)
          .with("sizedCalls", sizedCalls)
          .with("floorReadUnits", tenths(floorReadUnits))
          .with("floorWriteUnits", floorWriteUnits)
          .with("s3Gets", s3Gets)
          .with("s3Puts", s3Puts)
          .with("s3Lists", s3Lists)
          .with("s3Others", s3Others)
          .with("s3BytesIn", s3BytesIn)
          .with("s3BytesOut", s3BytesOut);
    }

    private static String tenths(double units) {
      return String.format(java.util.Locale.ROOT, "%.1f", units);
    }
  }

  public static Totals totals() {
    return new Totals(
        REQUESTS.get(),
        WRITES.get(),
        READ_HALVES.get() / 2.0,
        WRITE_HALVES.get() / 2.0,
        REPORTED_CALLS.get(),
        SIZED_CALLS.get(),
        FLOOR_READ_HALVES.get() / 2.0,
        FLOOR_WRITE_UNITS.get(),
        S3_GETS.get(),
        S3_PUTS.get(),
        S3_LISTS.get(),
        S3_OTHERS.get(),
        S3_BYTES_IN.get(),
        S3_BYTES_OUT.get());
  }

  /**
   * The floor of writing an item whose content changed: its write units, once for the table and
   * once for each index that holds it (the indexes project every attribute).
   */
  static void floorWrite(Map<String, AttributeValue> item) {
    long units = CapacityUnits.writeUnits(CapacityUnits.itemSize(item));
    long copies = 1;
    for (TableDefinition.Index index : Topology.TABLE.indexes()) {
      if (item.containsKey(index.partitionKey())) {
        copies++;
      }
    }
    FLOOR_WRITE_UNITS.addAndGet(units * copies);
  }

  /** The floor of reading the stored item of one changed key (strongly consistent). */
  static void floorRead(Map<String, AttributeValue> item) {
    FLOOR_READ_HALVES.addAndGet(
        Math.round(2 * CapacityUnits.readUnits(CapacityUnits.itemSize(item), true)));
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
    if (request instanceof BatchWriteItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof BatchGetItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof PutItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof UpdateItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof DeleteItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof GetItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof QueryRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof ScanRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof TransactWriteItemsRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    return request;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    Object request = context.request();
    if (request instanceof S3Request s3) {
      countS3(s3, context.response(), context);
      return;
    }
    if (!(request instanceof DynamoDbRequest)) {
      return;
    }
    REQUESTS.incrementAndGet();
    SdkResponse response = context.response();
    if (request instanceof PutItemRequest
        || request instanceof UpdateItemRequest
        || request instanceof DeleteItemRequest) {
      WRITES.incrementAndGet();
    } else if (request instanceof TransactWriteItemsRequest transact) {
      WRITES.addAndGet(2L * transact.transactItems().size());
    } else if (request instanceof BatchWriteItemRequest batch) {
      WRITES.addAndGet(sent(batch) - unprocessed(response));
    }
    double sized = sizedUnits(request, response);
    Double reported = reported(response);
    boolean write = isWrite(request);
    boolean useReported = reported != null && reported >= sized;
    if (useReported) {
      REPORTED_CALLS.incrementAndGet();
    } else if (sized > 0) {
      SIZED_CALLS.incrementAndGet();
    }
    long halves = Math.round(2 * (useReported ? reported : sized));
    (write ? WRITE_HALVES : READ_HALVES).addAndGet(halves);
  }

  private static boolean isWrite(Object request) {
    return request instanceof PutItemRequest
        || request instanceof UpdateItemRequest
        || request instanceof DeleteItemRequest
        || request instanceof TransactWriteItemsRequest
        || request instanceof BatchWriteItemRequest;
  }

  private static long sent(BatchWriteItemRequest batch) {
    return batch.requestItems().values().stream().mapToLong(List::size).sum();
  }

  private static long unprocessed(SdkResponse response) {
    return response instanceof BatchWriteItemResponse r && r.hasUnprocessedItems()
        ? r.unprocessedItems().values().stream().mapToLong(List::size).sum()
        : 0;
  }

  /** The capacity the response reports, or null when it reports none. */
  static Double reported(SdkResponse response) {
    if (response instanceof BatchWriteItemResponse r && r.hasConsumedCapacity()) {
      return sum(r.consumedCapacity());
    } else if (response instanceof BatchGetItemResponse r && r.hasConsumedCapacity()) {
      return sum(r.consumedCapacity());
    } else if (response instanceof TransactWriteItemsResponse r && r.hasConsumedCapacity()) {
      return sum(r.consumedCapacity());
    }
    ConsumedCapacity one =
        response instanceof PutItemResponse r
            ? r.consumedCapacity()
            : response instanceof UpdateItemResponse r
                ? r.consumedCapacity()
                : response instanceof DeleteItemResponse r
                    ? r.consumedCapacity()
                    : response instanceof GetItemResponse r
                        ? r.consumedCapacity()
                        : response instanceof QueryResponse r
                            ? r.consumedCapacity()
                            : response instanceof ScanResponse r ? r.consumedCapacity() : null;
    return one == null || one.capacityUnits() == null ? null : one.capacityUnits();
  }

  private static Double sum(List<ConsumedCapacity> capacities) {
    double total = 0;
    boolean any = false;
    for (ConsumedCapacity capacity : capacities) {
      if (capacity.capacityUnits() != null) {
        total += capacity.capacityUnits();
        any = true;
      }
    }
    return any ? total : null;
  }

  /** The units of one call by the size rule. */
  static double sizedUnits(Object request, SdkResponse response) {
    if (request instanceof PutItemRequest put) {
      return CapacityUnits.writeUnits(CapacityUnits.itemSize(put.item()));
    } else if (request instanceof UpdateItemRequest update) {
      return CapacityUnits.writeUnits(
          CapacityUnits.itemSize(update.key())
              + CapacityUnits.itemSize(update.expressionAttributeValues()));
    } else if (request instanceof DeleteItemRequest) {
      return 1;
    } else if (request instanceof TransactWriteItemsRequest transact) {
      double units = 0;
      for (TransactWriteItem item : transact.transactItems()) {
        units +=
            2.0
                * (item.put() != null
                    ? CapacityUnits.writeUnits(CapacityUnits.itemSize(item.put().item()))
                    : item.update() != null
                        ? CapacityUnits.writeUnits(
                            CapacityUnits.itemSize(item.update().key())
                                + CapacityUnits.itemSize(item.update().expressionAttributeValues()))
                        : 1);
      }
      return units;
    } else if (request instanceof BatchWriteItemRequest batch) {
      return batchWriteUnits(batch, response);
    } else if (request instanceof GetItemRequest get && response instanceof GetItemResponse got) {
      long size = got.hasItem() ? CapacityUnits.itemSize(got.item()) : 0;
      return CapacityUnits.readUnits(size, Boolean.TRUE.equals(get.consistentRead()));
    } else if (request instanceof BatchGetItemRequest batch
        && response instanceof BatchGetItemResponse got) {
      return batchGetUnits(batch, got);
    } else if (request instanceof QueryRequest query && response instanceof QueryResponse got) {
      return CapacityUnits.readUnits(
          CapacityUnits.totalSize(got.items()), Boolean.TRUE.equals(query.consistentRead()));
    } else if (request instanceof ScanRequest scan && response instanceof ScanResponse got) {
      return CapacityUnits.readUnits(
          CapacityUnits.totalSize(got.items()), Boolean.TRUE.equals(scan.consistentRead()));
    }
    return 0;
  }

  private static double batchWriteUnits(BatchWriteItemRequest batch, SdkResponse response) {
    double units = 0;
    for (List<WriteRequest> writes : batch.requestItems().values()) {
      for (WriteRequest write : writes) {
        units +=
            write.putRequest() != null
                ? CapacityUnits.writeUnits(CapacityUnits.itemSize(write.putRequest().item()))
                : 1;
      }
    }
    if (response instanceof BatchWriteItemResponse r && r.hasUnprocessedItems()) {
      for (List<WriteRequest> writes : r.unprocessedItems().values()) {
        for (WriteRequest write : writes) {
          units -=
              write.putRequest() != null
                  ? CapacityUnits.writeUnits(CapacityUnits.itemSize(write.putRequest().item()))
                  : 1;
        }
      }
    }
    return units;
  }

  /**
   * Each key as a GetItem of its own: a found item by its size, a missing one the minimum; keys
   * left unprocessed cost nothing yet.
   */
  private static double batchGetUnits(BatchGetItemRequest batch, BatchGetItemResponse got) {
    double units = 0;
    for (Map.Entry<String, KeysAndAttributes> table : batch.requestItems().entrySet()) {
      boolean consistent = Boolean.TRUE.equals(table.getValue().consistentRead());
      List<Map<String, AttributeValue>> found =
          got.hasResponses() ? got.responses().getOrDefault(table.getKey(), List.of()) : List.of();
      KeysAndAttributes left =
          got.hasUnprocessedKeys() ? got.unprocessedKeys().get(table.getKey()) : null;
      long missing =
          table.getValue().keys().size()
              - found.size()
              - (left == null || !left.hasKeys() ? 0 : left.keys().size());
      for (Map<String, AttributeValue> item : found) {
        units += CapacityUnits.readUnits(CapacityUnits.itemSize(item), consistent);
      }
      units += Math.max(0, missing) * CapacityUnits.readUnits(0, consistent);
    }
    return units;
  }

  private static void countS3(S3Request request, SdkResponse response, Context.AfterExecution c) {
    if (request instanceof GetObjectRequest) {
      S3_GETS.incrementAndGet();
      if (response instanceof GetObjectResponse got && got.contentLength() != null) {
        S3_BYTES_IN.addAndGet(got.contentLength());
      }
    } else if (request instanceof PutObjectRequest put) {
      S3_PUTS.incrementAndGet();
      long length =
          put.contentLength() != null
              ? put.contentLength()
              : c.httpRequest()
                  .firstMatchingHeader("Content-Length")
                  .map(Long::parseLong)
                  .orElse(0L);
      S3_BYTES_OUT.addAndGet(length);
    } else if (request instanceof CopyObjectRequest) {
      S3_PUTS.incrementAndGet();
    } else if (request instanceof ListObjectsV2Request || request instanceof ListObjectsRequest) {
      S3_PUTS.incrementAndGet();
      S3_LISTS.incrementAndGet();
    } else {
      S3_OTHERS.incrementAndGet();
    }
  }
}
