package dev.esrlink.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Counts DynamoDB requests and item writes as the SDK sends them (DynamoDB Local does not report
 * consumed capacity reliably for batch calls). An item write of up to 1 KB is one write unit, so
 * the item writes are the write units the hub's small items consume; transactional writes count
 * twice. Registered on the client by {@code quarkus.dynamodb.interceptors}; read by logs and the
 * benchmark.
 */
public class RequestCounter implements ExecutionInterceptor {
  private static final AtomicLong REQUESTS = new AtomicLong();
  private static final AtomicLong WRITES = new AtomicLong();

  /** Requests and item writes since the JVM started. */
  public record Totals(long requests, long itemWrites) {
    public Totals minus(Totals earlier) {
      return new Totals(requests - earlier.requests, itemWrites - earlier.itemWrites);
    }
  }

  public static Totals totals() {
    return new Totals(REQUESTS.get(), WRITES.get());
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    REQUESTS.incrementAndGet();
    Object request = context.request();
    if (request instanceof PutItemRequest
        || request instanceof UpdateItemRequest
        || request instanceof DeleteItemRequest) {
      WRITES.incrementAndGet();
    } else if (request instanceof TransactWriteItemsRequest transact) {
      WRITES.addAndGet(2L * transact.transactItems().size());
    } else if (request instanceof BatchWriteItemRequest batch) {
      long sent = batch.requestItems().values().stream().mapToLong(List::size).sum();
      long unprocessed =
          context.response() instanceof BatchWriteItemResponse response
                  && response.hasUnprocessedItems()
              ? response.unprocessedItems().values().stream().mapToLong(List::size).sum()
              : 0;
      WRITES.addAndGet(sent - unprocessed);
    }
  }
}
