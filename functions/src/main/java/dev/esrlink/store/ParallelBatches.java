package dev.esrlink.store;

import dev.esrlink.file.EsrLinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the batch calls of one list a few at a time: a DynamoDB batch call spends its time waiting
 * on the network, so a handful in flight cuts an ingest's wall time without more memory. The first
 * failure fails the whole list (the invocation is then retried, and replaying is idempotent).
 */
final class ParallelBatches {
  private final ExecutorService pool;
  private final int parallelism;

  ParallelBatches(int parallelism) {
    this.parallelism = parallelism;
    this.pool =
        Executors.newFixedThreadPool(
            parallelism,
            runnable -> {
              Thread thread = new Thread(runnable, "dynamodb-batch");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Splits {@code items} into batches of {@code size} and applies {@code call} to each. */
  <T, R> List<R> inParallel(List<T> items, int size, Function<List<T>, R> call) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    if (chunks.size() <= 1 || parallelism <= 1) {
      return chunks.stream().map(call).toList();
    }
    List<Future<R>> futures = chunks.stream().map(c -> pool.submit(() -> call.apply(c))).toList();
    List<R> results = new ArrayList<>();
    for (Future<R> future : futures) {
      results.add(await(future));
    }
    return results;
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EsrLinkException("interrupted while waiting for a batch call", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new EsrLinkException("a batch call failed", e.getCause());
    }
  }
}
