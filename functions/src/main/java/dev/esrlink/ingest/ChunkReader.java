package dev.esrlink.ingest;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.DataRecord;
import dev.esrlink.file.ReadOutcome;
import dev.esrlink.store.Item;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file's records one chunk ahead, on a thread of its own: tokenizing, mapping and building
 * each valid record's item while the chunk before is being read and written by the store (the read
 * is then hidden behind the store's round trips). It never calls the store, so the order of reads
 * and writes is that of a single thread. Outcomes come in line order; a failure of the read (a file
 * that stops being CSV) comes out of {@link #next} where the records stop, after every chunk read
 * before it.
 */
final class ChunkReader implements AutoCloseable {

  /** A chunk as read: its outcomes in line order, and a candidate per data record, in order. */
  record Chunk(List<ReadOutcome> outcomes, List<Item> candidates) {
    int size() {
      return outcomes.size();
    }
  }

  private static final Object END = new Object();
  private static final long OFFER_MS = 100;

  /**
   * A hand-over without room: a chunk read waits with its reader until the applier takes it, so at
   * most two chunks are held at once (the one applied and the next), as the reader is the faster.
   */
  private final BlockingQueue<Object> ready = new SynchronousQueue<>();

  private final Future<?> reading;
  private volatile boolean stopped;
  private boolean ended;

  private ChunkReader(
      Iterator<ReadOutcome> records, ApplyContext context, int chunkSize, ExecutorService threads) {
    String fileName = context.fileName();
    String lo = context.localOffice();
    this.reading =
        threads.submit(
            () -> {
              try {
                while (!stopped && records.hasNext()) {
                  Chunk chunk = read(records, chunkSize, lo, context.order(), fileName);
                  hand(chunk);
                }
                hand(END);
              } catch (RuntimeException | Error e) {
                hand(e);
              }
            });
  }

  /** Starts reading {@code records} on one of {@code threads}. */
  static ChunkReader start(
      Iterator<ReadOutcome> records, ApplyContext context, int chunkSize, ExecutorService threads) {
    return new ChunkReader(records, context, chunkSize, threads);
  }

  private static Chunk read(
      Iterator<ReadOutcome> records, int chunkSize, String lo, String order, String fileName) {
    List<ReadOutcome> outcomes = new ArrayList<>(chunkSize);
    List<Item> candidates = new ArrayList<>(chunkSize);
    while (outcomes.size() < chunkSize && records.hasNext()) {
      ReadOutcome outcome = records.next();
      outcomes.add(outcome);
      if (outcome instanceof DataRecord record) {
        candidates.add(RecordItems.of(record, lo, order, fileName));
      }
    }
    return new Chunk(outcomes, candidates);
  }

  /** Waits for room, giving up once the reader is closed (nobody takes chunks any more). */
  private void hand(Object next) {
    try {
      while (!stopped && !ready.offer(next, OFFER_MS, TimeUnit.MILLISECONDS)) {
        // the applier is still on the chunk before
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next chunk in line order, or null after the last; rethrows the read's failure. */
  Chunk next() {
    if (ended) {
      return null;
    }
    Object next;
    try {
      next = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EsrLinkException("interrupted while waiting for the next records", e);
    }
    if (next instanceof Chunk chunk) {
      return chunk;
    }
    ended = true;
    if (next instanceof RuntimeException failure) {
      throw failure;
    }
    if (next instanceof Error error) {
      throw error;
    }
    return null;
  }

  /** Stops the read and waits for its thread, so that the stream can be closed after. */
  @Override
  public void close() {
    stopped = true;
    try {
      reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // its failure was handed over to next(), or nobody asks for it any more
    }
  }
}
