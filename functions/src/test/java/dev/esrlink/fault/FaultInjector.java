package dev.esrlink.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Faults injected into the functions' DynamoDB client (registered by {@code
 * quarkus.dynamodb.interceptors} in the test application.properties). Idle unless a test arms it: a
 * thrown failure on the n-th BatchWriteItem or on a matching request, items held back and returned
 * as {@code UnprocessedItems}, throttling, and a pause. It also counts, per item key, how many
 * times a BatchWriteItem really wrote it.
 */
public class FaultInjector implements ExecutionInterceptor {
  private static final ExecutionAttribute<List<WriteRequest>> HELD_BACK =
      new ExecutionAttribute<>("esrlink.heldBack");

  private static final AtomicInteger batchWrites = new AtomicInteger();
  private static volatile int failOnBatchWrite;
  private static volatile Supplier<? extends Throwable> batchWriteFailure;
  private static volatile Predicate<SdkRequest> failWhen;
  private static volatile Supplier<RuntimeException> matchFailure;
  private static final AtomicInteger unprocessedCalls = new AtomicInteger();
  private static volatile int unprocessedPerCall;
  private static final AtomicInteger throttles = new AtomicInteger();
  private static volatile Runnable pauseOnBatchWrite;
  private static final Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
  private static final AtomicInteger thrown = new AtomicInteger();
  private static volatile Predicate<SdkRequest> watchFor;
  private static volatile Runnable watchThen;

  /** Disarms every fault and forgets the counts. */
  public static synchronized void reset() {
    disarm();
    written.clear();
    thrown.set(0);
  }

  /** Disarms every fault; the counts stay. */
  public static synchronized void disarm() {
    batchWrites.set(0);
    failOnBatchWrite = 0;
    batchWriteFailure = null;
    failWhen = null;
    matchFailure = null;
    unprocessedCalls.set(0);
    unprocessedPerCall = 0;
    throttles.set(0);
    pauseOnBatchWrite = null;
    watchFor = null;
    watchThen = null;
  }

  /**
   * The {@code n}-th BatchWriteItem from now (1-based) throws, before anything of it is written.
   */
  public static void failOnBatchWrite(int n, Supplier<? extends Throwable> failure) {
    batchWrites.set(0);
    batchWriteFailure = failure;
    failOnBatchWrite = n;
  }

  /** The next request matching {@code when} throws, once, before it is sent. */
  public static void failOnce(Predicate<SdkRequest> when, Supplier<RuntimeException> failure) {
    matchFailure = failure;
    failWhen = when;
  }

  /** The next {@code calls} BatchWriteItem calls write all but {@code perCall} of their items. */
  public static void unprocessed(int calls, int perCall) {
    unprocessedPerCall = perCall;
    unprocessedCalls.set(calls);
  }

  /** The next {@code times} BatchWriteItem attempts are refused as throttled (HTTP 400). */
  public static void throttle(int times) {
    throttles.set(times);
  }

  /** The next BatchWriteItem runs {@code pause} first (once). */
  public static void pauseOnNextBatchWrite(Runnable pause) {
    pauseOnBatchWrite = pause;
  }

  /** Once the next request matching {@code when} has succeeded, runs {@code then} (once). */
  public static synchronized void afterNext(Predicate<SdkRequest> when, Runnable then) {
    watchThen = then;
    watchFor = when;
  }

  /** How many times each item key ("PK|SK") was written by a BatchWriteItem while counting. */
  public static Map<String, Integer> writesByKey() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    written.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  /** Fails unless exactly {@code items} item keys were written, each exactly once. */
  public static void assertEachWrittenOnce(int items) {
    Map<String, Integer> writes = writesByKey();
    List<String> twice =
        writes.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList();
    if (writes.size() != items || !twice.isEmpty()) {
      throw new AssertionError(
          "expected "
              + items
              + " items written once each, found "
              + writes.size()
              + " written, "
              + twice.size()
              + " more than once: "
              + twice.stream().limit(5).toList());
    }
  }

  /** How many faults were thrown so far. */
  public static int faultsThrown() {
    return thrown.get();
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    Predicate<SdkRequest> when = failWhen;
    if (when != null && when.test(request)) {
      synchronized (FaultInjector.class) {
        if (failWhen == when) {
          failWhen = null;
          thrown.incrementAndGet();
          throw matchFailure.get();
        }
      }
    }
    if (request instanceof BatchWriteItemRequest) {
      Runnable pause = pauseOnBatchWrite;
      if (pause != null) {
        pauseOnBatchWrite = null;
        pause.run();
      }
      int n = batchWrites.incrementAndGet();
      if (failOnBatchWrite > 0 && n == failOnBatchWrite) {
        failOnBatchWrite = 0;
        thrown.incrementAndGet();
        sneakyThrow(batchWriteFailure.get());
      }
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    Predicate<SdkRequest> when = watchFor;
    if (when != null && when.test(context.request())) {
      Runnable then;
      synchronized (FaultInjector.class) {
        then = watchFor == when ? watchThen : null;
        watchFor = null;
      }
      if (then != null) {
        then.run();
      }
    }
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    if (!(context.request() instanceof BatchWriteItemRequest request)
        || unprocessedCalls.getAndUpdate(c -> Math.max(0, c - 1)) <= 0) {
      return context.request();
    }
    Map<String, List<WriteRequest>> kept = new java.util.HashMap<>();
    List<WriteRequest> held = new ArrayList<>();
    request
        .requestItems()
        .forEach(
            (table, writes) -> {
              int keep = Math.max(0, writes.size() - unprocessedPerCall);
              kept.put(table, new ArrayList<>(writes.subList(0, keep)));
              held.addAll(writes.subList(keep, writes.size()));
            });
    if (kept.values().stream().allMatch(List::isEmpty)) {
      // DynamoDB needs at least one write: keep the first and hold back the rest
      String table = kept.keySet().iterator().next();
      kept.get(table).add(held.remove(0));
    }
    attributes.putAttribute(HELD_BACK, held);
    return request.toBuilder().requestItems(kept).build();
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (context.request() instanceof BatchWriteItemRequest
        && throttles.getAndUpdate(c -> Math.max(0, c - 1)) > 0) {
      thrown.incrementAndGet();
      throw ProvisionedThroughputExceededException.builder()
          .statusCode(400)
          .message("injected: the level of configured provisioned throughput was exceeded")
          .awsErrorDetails(
              AwsErrorDetails.builder()
                  .errorCode("ProvisionedThroughputExceededException")
                  .serviceName("DynamoDb")
                  .errorMessage("injected throttling")
                  .build())
          .build();
    }
  }

  @Override
  public SdkResponse modifyResponse(
      Context.ModifyResponse context, ExecutionAttributes attributes) {
    if (!(context.response() instanceof BatchWriteItemResponse response)) {
      return context.response();
    }
    BatchWriteItemRequest request = (BatchWriteItemRequest) context.request();
    List<WriteRequest> held = attributes.getAttribute(HELD_BACK);
    Map<String, List<WriteRequest>> unprocessed = new java.util.HashMap<>();
    if (response.hasUnprocessedItems()) {
      response.unprocessedItems().forEach((t, w) -> unprocessed.put(t, new ArrayList<>(w)));
    }
    java.util.Set<WriteRequest> notWritten = new java.util.HashSet<>();
    unprocessed.values().forEach(notWritten::addAll);
    request
        .requestItems()
        .forEach(
            (table, writes) ->
                writes.stream()
                    .filter(w -> !notWritten.contains(w) && w.putRequest() != null)
                    .forEach(
                        w ->
                            written
                                .computeIfAbsent(
                                    key(w.putRequest().item()), k -> new AtomicInteger())
                                .incrementAndGet()));
    if (held == null || held.isEmpty()) {
      return response;
    }
    String table = request.requestItems().keySet().iterator().next();
    unprocessed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(held);
    return response.toBuilder().unprocessedItems(unprocessed).build();
  }

  private static String key(Map<String, AttributeValue> item) {
    return item.get("PK").s() + "|" + item.get("SK").s();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }
}
