package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Nine full RMF files for one large office in one day (eight distinct and one duplicate, as ESR
 * once sent): all applied in order, each record stored once, the last file's data held. Local
 * Office WES (no other test writes it: an RMF deletes what it does not hold). Prints the time.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class NineFullFilesTest {
  static final String LO = "WES";
  static final long FIRST = 5_500_000;
  static final int POSITIONS = Integer.getInteger("esrlink.fault.rmf-positions", 3000);

  @Inject IngestService ingest;
  @Inject HubClock clock;

  /** File n retitles one position in ten (a different tenth each time). */
  static List<String> records(int n) {
    List<String> records = new ArrayList<>(2 * POSITIONS);
    for (long id = FIRST; id < FIRST + POSITIONS; id++) {
      String title = id % 10 < n ? "Title " + Math.min(n, 8) : "Registrar";
      records.add(Dat.pos(LO, id, title));
      records.add(Dat.por(LO, id, title));
    }
    return records;
  }

  @Test
  void nineFullFilesInADayAreAllAppliedInOrder() {
    clock.set(Clock.fixed(Instant.parse("2026-04-11T18:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    long started = System.nanoTime();
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= 9; n++) {
      // the ninth is the eighth again, sent twice under a new name and sequence
      String name = Dat.name("RMF", LO, "20260411", n);
      names.add(name);
      String created = "20260411%02d0000".formatted(8 + Math.min(n, 8));
      Dat.put(Hub.ESR_IN, name, Dat.file("RMF", LO, n, created, records(Math.min(n, 8))));
      long t = System.nanoTime();
      FileReport report = ingest.ingest(Hub.ESR_IN, name);
      System.out.printf(
          "RMF %d of 9 (%d records): %s in %d ms%n",
          n, 2 * POSITIONS, report.status, (System.nanoTime() - t) / 1_000_000);
      assertThat(report.status).isEqualTo("APPLIED");
      assertThat(report.read).isEqualTo(2L * POSITIONS);
      assertThat(report.applied).isEqualTo(2L * POSITIONS);
      assertThat(report.rejected).isZero();
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "nine RMF files of %d positions (%d records each) applied in %d ms%n",
        POSITIONS, 2 * POSITIONS, elapsed);

    Map<String, Map<String, AttributeValue>> stored = Table.positions(FIRST, POSITIONS);
    assertThat(stored).hasSize(2 * POSITIONS);
    long wrong =
        stored.values().stream()
            .filter(
                i -> {
                  long id = Long.parseLong(i.get("PK").s().substring(4));
                  String expected = id % 10 < 8 ? "Title 8" : "Registrar";
                  return !expected.equals(Table.title(i))
                      || i.containsKey("deleted") && i.get("deleted").bool();
                })
            .count();
    assertThat(wrong).as("positions not holding the newest data").isZero();
    // each file wrote only what it changed: every item at most once per distinct file
    Map<String, Integer> writes = FaultInjector.writesByKey();
    assertThat(writes).hasSize(2 * POSITIONS);
    assertThat(writes.values().stream().mapToInt(Integer::intValue).sum())
        .as("writes: the first file's, then the tenths each distinct file after it changed")
        .isEqualTo(2 * POSITIONS + (2 + 3 + 4 + 5 + 6 + 7 + 8) * (2 * POSITIONS / 10));
    for (String name : names) {
      assertThat(Dat.rtcsOf(LO, name)).as("RTC of %s", name).hasSize(1);
    }
  }
}
