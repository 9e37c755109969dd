package dev.esrlink.ingest;

import dev.esrlink.config.RulesConfig;
import dev.esrlink.file.ReadOutcome;
import dev.esrlink.file.RecordStream;
import dev.esrlink.file.Rejection;
import dev.esrlink.log.LogEvent;
import dev.esrlink.store.ChangeWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Applies the records of a position, people or LETB file in chunks: each chunk is one read of the
 * stored items and one batched write of what changed. Every record read is applied or rejected, and
 * each gets its RTC row in line order.
 */
@ApplicationScoped
public class RecordApplier {
  /** Keys in one BatchGetItem call: a chunk is this many times the batch parallelism. */
  private static final int READ_BATCH = 100;

  private static final int PROGRESS_EVERY = 20_000;
  private static final Logger LOG = Logger.getLogger(RecordApplier.class);

  private final ChangeWriter writer;
  private final FullSnapshot snapshot;
  private final int chunkSize;

  /** The threads that read records ahead, one per file being applied ({@link ChunkReader}). */
  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "record-reader");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * Chunks of 100 x {@code esrlink.rules.batch-parallelism} records (400 by default): a chunk's
   * reads are one wave of BatchGetItem calls and its writes whole waves of BatchWriteItem calls (16
   * of 25), so no wave runs with idle threads.
   */
  @Inject
  public RecordApplier(ChangeWriter writer, FullSnapshot snapshot, RulesConfig rules) {
    this.writer = writer;
    this.snapshot = snapshot;
    this.chunkSize = READ_BATCH * Math.max(1, rules.batchParallelism());
  }

  /**
   * Applies every record of the stream; returns how many were superseded by newer data. The records
   * are read a chunk ahead ({@link ChunkReader}) while this thread applies the chunk before.
   */
  public long apply(RecordStream records, ApplyContext context, ChangeWriter.Merger merger) {
    long superseded = 0;
    long done = 0;
    try (ChunkReader reader = ChunkReader.start(records, context, chunkSize, readers)) {
      for (ChunkReader.Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        superseded += applyChunk(chunk, context, merger);
        done += chunk.size();
        if (chunk.size() == chunkSize && done % PROGRESS_EVERY < chunkSize) {
          LogEvent.of("file.progress")
              .with("file", context.fileName())
              .with("records", done)
              .info(LOG);
        }
      }
    }
    return superseded;
  }

  private long applyChunk(
      ChunkReader.Chunk chunk, ApplyContext context, ChangeWriter.Merger merger) {
    List<ChangeWriter.Outcome> outcomes;
    if (context.superseded()) {
      FullSnapshot.Unseen unseen = snapshot.unseen(chunk.candidates(), context.newer());
      writer.apply(unseen.writes(), (candidate, stored) -> candidate);
      outcomes = unseen.outcomes();
    } else {
      outcomes = writer.apply(chunk.candidates(), merger, context.firstLoad());
    }
    long superseded = 0;
    int candidate = 0;
    for (ReadOutcome outcome : chunk.outcomes()) {
      if (outcome instanceof Rejection rejection) {
        context.report().reject(rejection);
        rtc(context, outcome, false, rejectionMessage(rejection));
        continue;
      }
      boolean older = outcomes.get(candidate) == ChangeWriter.Outcome.SUPERSEDED;
      candidate++;
      superseded += older ? 1 : 0;
      context.report().apply();
      rtc(context, outcome, true, older ? "superseded" : null);
    }
    return superseded;
  }

  static String rejectionMessage(Rejection rejection) {
    return rejection.field().isEmpty()
        ? rejection.reason()
        : rejection.field() + ": " + rejection.reason();
  }

  private static void rtc(
      ApplyContext context, ReadOutcome outcome, boolean accepted, String message) {
    if (context.rtc() != null) {
      context.rtc().add(outcome.line(), outcome.recordType(), outcome.key(), accepted, message);
    }
  }
}
