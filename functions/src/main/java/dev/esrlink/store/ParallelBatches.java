package dev.esrlink.store;

import dev.esrlink.core.EsrLinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs the batch calls of one list a few at a time: a DynamoDB batch call spends its time waiting
 * on the network, so a handful in flight cuts an ingest's wall time without more memory. The first
 * failure fails the whole list (the invocation is then retried, and replaying is idempotent): calls
 * not yet started are dropped, and the failure is thrown once the calls already running have ended,
 * so that no write of a failed invocation is still in flight when its retry reads the store. An
 * interrupt of the calling thread fails the list the same way (and is kept on the thread).
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
    AtomicBoolean failed = new AtomicBoolean();
    List<Future<R>> futures =
        chunks.stream().map(c -> pool.submit(() -> unlessFailed(failed, call, c))).toList();
    List<R> results = new ArrayList<>();
    Throwable failure = null;
    boolean interrupted = false;
    for (Future<R> future : futures) {
      while (true) {
        try {
          results.add(future.get());
          break;
        } catch (InterruptedException e) {
          // an interrupt fails the list like a failed call: stop the calls not started, and
          // still wait for the running ones (each ends within the client's timeouts)
          interrupted = true;
          failed.set(true);
          failure = failure != null ? failure : e;
        } catch (ExecutionException e) {
          failed.set(true);
          failure = failure != null ? failure : e.getCause();
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw rethrown(failure);
    }
    return results;
  }

  /** Runs the call unless one of its list has failed; a failure stops the calls not started. */
  private static <T, R> R unlessFailed(
      AtomicBoolean failed, Function<List<T>, R> call, List<T> chunk) {
    if (failed.get()) {
      return null;
    }
    try {
      return call.apply(chunk);
    } catch (RuntimeException | Error e) {
      failed.set(true);
      throw e;
    }
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof InterruptedException) {
      return new EsrLinkException("interrupted while waiting for a batch call", failure);
    }
    return new EsrLinkException("a batch call failed", failure);
  }
}
