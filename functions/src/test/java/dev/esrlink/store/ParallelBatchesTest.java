package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A failed list of batch calls: nothing of it may still be running when the failure is thrown (the
 * invocation's retry would read the store while the failed one still writes), and the calls not
 * started by then are dropped.
 */
class ParallelBatchesTest {

  @Test
  void aFailureIsThrownOnlyOnceTheRunningCallsHaveEndedAndTheRestAreDropped() {
    ParallelBatches batches = new ParallelBatches(2);
    Set<Integer> started = ConcurrentHashMap.newKeySet();
    Set<Integer> ended = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 8).boxed().toList();

    assertThatThrownBy(
            () ->
                batches.inParallel(
                    items,
                    1,
                    batch -> {
                      int call = batch.get(0);
                      started.add(call);
                      if (call == 0) {
                        pause(50);
                        throw new IllegalStateException("call 0 failed");
                      }
                      pause(400);
                      ended.add(call);
                      return call;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("call 0 failed");

    assertThat(started).containsExactlyInAnyOrder(0, 1);
    assertThat(ended).containsExactly(1);
  }

  @Test
  void anInterruptFailsTheListOnlyOnceTheRunningCallsHaveEnded() throws InterruptedException {
    ParallelBatches batches = new ParallelBatches(2);
    Set<Integer> started = ConcurrentHashMap.newKeySet();
    Set<Integer> ended = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 8).boxed().toList();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                batches.inParallel(
                    items,
                    1,
                    batch -> {
                      int call = batch.get(0);
                      started.add(call);
                      pauseUninterruptibly(call < 2 ? 400 : 10);
                      ended.add(call);
                      return call;
                    });
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    pauseUninterruptibly(100);
    caller.interrupt();
    caller.join(5_000);

    assertThat(thrown.get()).hasMessage("interrupted while waiting for a batch call");
    assertThat(stillInterrupted).isTrue();
    assertThat(started).containsExactlyInAnyOrder(0, 1);
    assertThat(ended).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void withoutAFailureEveryCallsResultComesBackInOrder() {
    ParallelBatches batches = new ParallelBatches(3);
    List<Integer> items = IntStream.range(0, 10).boxed().toList();

    List<Integer> sums =
        batches.inParallel(items, 3, batch -> batch.stream().mapToInt(Integer::intValue).sum());

    assertThat(sums).containsExactly(3, 12, 21, 9);
  }

  /** Sleeps the whole time even if interrupted (as a batch call waiting on the network does). */
  private static void pauseUninterruptibly(long millis) {
    long end = System.nanoTime() + millis * 1_000_000;
    for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000) {
      try {
        Thread.sleep(left);
      } catch (InterruptedException e) {
        // keep waiting
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
