package dev.esrlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.file.ByteScan;
import dev.esrlink.file.DataRecord;
import dev.esrlink.file.FileRejectedException;
import dev.esrlink.file.InboundFile;
import dev.esrlink.file.Inspection;
import dev.esrlink.file.ReadLimits;
import dev.esrlink.file.ReadOutcome;
import dev.esrlink.file.RecordStream;
import dev.esrlink.file.Rejection;
import dev.esrlink.store.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead of a file's records: the same outcomes in line order as reading the stream
 * directly, a candidate item per data record, a failure of the read where the records stop, and
 * nothing read any more once it is closed.
 */
class ChunkReaderTest {
  private static final String FIXTURE = "/fixtures/dat-pos-rules/DE_EOE_RMC_20260301_00000002.DAT";
  private static final String FILE_NAME = "DE_EOE_RMC_20260301_00000002.DAT";
  private static final String ORDER = "20260301100000#00000002";

  private static ExecutorService threads;
  private static Supplier<InputStream> opener;
  private static Inspection inspection;
  private static List<ReadOutcome> direct;

  @BeforeAll
  static void readTheFixture() throws Exception {
    threads = Executors.newCachedThreadPool();
    byte[] bytes = Files.readAllBytes(Path.of(ChunkReaderTest.class.getResource(FIXTURE).toURI()));
    opener = () -> new ByteArrayInputStream(bytes);
    inspection =
        InboundFile.inspect(FILE_NAME, ByteScan.of(opener.get()), opener, ReadLimits.DEFAULT);
    direct = new ArrayList<>();
    try (RecordStream records = InboundFile.records(inspection, opener, ReadLimits.DEFAULT)) {
      records.forEachRemaining(direct::add);
    }
  }

  @AfterAll
  static void stop() {
    threads.shutdownNow();
  }

  @Test
  void readsTheOutcomesInLineOrderWithACandidatePerDataRecord() {
    assertThat(direct).hasAtLeastOneElementOfType(Rejection.class).hasSizeGreaterThan(10);

    List<ReadOutcome> ahead = new ArrayList<>();
    List<Item> candidates = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    try (RecordStream records = InboundFile.records(inspection, opener, ReadLimits.DEFAULT);
        ChunkReader reader = ChunkReader.start(records, context(), 5, threads)) {
      for (ChunkReader.Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        sizes.add(chunk.size());
        ahead.addAll(chunk.outcomes());
        candidates.addAll(chunk.candidates());
        assertThat(chunk.candidates())
            .as("a candidate for each data record, none for a rejection")
            .hasSize((int) chunk.outcomes().stream().filter(DataRecord.class::isInstance).count());
      }
    }

    assertThat(ahead).extracting(ReadOutcome::line).isEqualTo(lines(direct));
    assertThat(sizes).allMatch(size -> size <= 5);
    assertThat(candidates)
        .hasSize((int) direct.stream().filter(DataRecord.class::isInstance).count());
    List<DataRecord> records =
        direct.stream().filter(DataRecord.class::isInstance).map(DataRecord.class::cast).toList();
    for (int i = 0; i < candidates.size(); i++) {
      Item candidate = candidates.get(i);
      assertThat(candidate.string("sourceFile")).isEqualTo(FILE_NAME);
      assertThat(candidate.pk())
          .as("the candidates in line order")
          .isEqualTo("POS#" + records.get(i).get("positionId"));
    }
  }

  @Test
  void aFailureOfTheReadComesOutAfterTheChunksReadBeforeIt() {
    Iterator<ReadOutcome> source = direct.iterator();
    AtomicInteger given = new AtomicInteger();
    Iterator<ReadOutcome> failing =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return source.hasNext();
          }

          @Override
          public ReadOutcome next() {
            if (given.getAndIncrement() == 7) {
              throw new FileRejectedException("file cannot be read as CSV: test");
            }
            return source.next();
          }
        };

    try (ChunkReader reader = ChunkReader.start(failing, context(), 3, threads)) {
      assertThat(reader.next().size()).isEqualTo(3);
      assertThat(reader.next().size()).isEqualTo(3);
      assertThatThrownBy(reader::next)
          .isInstanceOf(FileRejectedException.class)
          .hasMessage("file cannot be read as CSV: test");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void nothingIsReadOnceItIsClosed() throws InterruptedException {
    AtomicInteger taken = new AtomicInteger();
    Iterator<ReadOutcome> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public ReadOutcome next() {
            return direct.get(taken.getAndIncrement() % direct.size());
          }
        };

    ExecutorService readerThread = Executors.newSingleThreadExecutor();
    ChunkReader reader = ChunkReader.start(endless, context(), 4, readerThread);
    assertThat(reader.next().size()).isEqualTo(4);
    reader.close();
    int afterClose = taken.get();
    readerThread.shutdown();

    assertThat(readerThread.awaitTermination(10, TimeUnit.SECONDS))
        .as("the read has ended: its thread has nothing left to run")
        .isTrue();
    assertThat(taken.get())
        .as("records read: the chunk taken and the next one, read while the first was applied")
        .isEqualTo(afterClose)
        .isLessThanOrEqualTo(2 * 4);
  }

  private static List<Long> lines(List<ReadOutcome> outcomes) {
    return outcomes.stream().map(ReadOutcome::line).toList();
  }

  private static ApplyContext context() {
    return new ApplyContext(inspection, ORDER, null, null, new FileReport());
  }
}
