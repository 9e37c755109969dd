package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    CountDownLatch secondStarted = new CountDownLatch(1);
    AtomicReference<Thread> failedThread = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                batches.inParallel(
                    items,
                    1,
                    batch -> {
                      int call = batch.get(0);
                      started.add(call);
                      if (call == 0) {
                        waitFor(secondStarted);
                        failedThread.set(Thread.currentThread());
                        throw new IllegalStateException("call 0 failed");
                      }
                      secondStarted.countDown();
                      // still running when call 0 fails: ends only once the thread of call 0 has
                      // gone through every call left and waits for work (the rest were dropped)
                      await()
                          .until(
                              () ->
                                  failedThread.get() != null
                                      && failedThread.get().getState() == Thread.State.WAITING);
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
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
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
                      bothStarted.countDown();
                      waitFor(release);
                      ended.add(call);
                      return call;
                    });
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    waitFor(bothStarted);
    caller.interrupt();
    // the caller took the interrupt (its flag is cleared while it waits) and waits again for the
    // two running calls, having stopped the rest
    await().until(() -> !caller.isInterrupted() && caller.getState() == Thread.State.WAITING);
    release.countDown();
    caller.join(Duration.ofSeconds(10).toMillis());

    assertThat(caller.isAlive()).isFalse();
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

  private static void waitFor(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("the latch opens within 10 s").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
