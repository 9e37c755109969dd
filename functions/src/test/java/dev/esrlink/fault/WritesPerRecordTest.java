package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.store.CapacityUnits;
import dev.esrlink.store.RequestCounter;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes per record of an ESR change file: every record written on its first delivery, none on an
 * unchanged re-delivery under a new name (also when the items were written with the older attribute
 * names), every changed record once, in the present shape. Prints the item writes and write units
 * per record (Local Office EMD, position ids from 5,950,000: no other test uses them).
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class WritesPerRecordTest {
  static final String LO = "EMD";
  static final long FIRST = 5_950_000;
  static final int POSITIONS = 500;

  private static final Map<String, String> OLD_NAMES =
      Map.of("deleted", "del", "localOffice", "lo", "sourceOrder", "ord", "sourceFile", "file");

  @Inject IngestService ingest;
  @Inject HubClock clock;

  @Test
  void aRecordIsWrittenOnceAndAnUnchangedReDeliveryWritesNothing() {
    clock.set(Clock.fixed(Instant.parse("2026-05-11T18:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();

    long first = deliver(1, "Registrar").itemWrites();
    // the receipt, its report and the sequence only: no record item
    long unchanged = deliver(2, "Registrar").itemWrites();
    System.out.printf(Locale.ROOT, "position part items: %.1f bytes on average%n", averageBytes());
    // every item as the hub wrote it before the present attribute names
    rewriteInTheOlderShape();
    System.out.printf(
        Locale.ROOT, "the same items in the older shape: %.1f bytes on average%n", averageBytes());
    long unchangedOld = deliver(3, "Registrar").itemWrites();
    long changed = deliver(4, "Consultant").itemWrites();

    assertThat(unchanged).isLessThan(20);
    assertThat(first - unchanged).isEqualTo(2 * POSITIONS);
    assertThat(unchangedOld).isEqualTo(unchanged);
    assertThat(changed - unchanged).isEqualTo(2 * POSITIONS);
    assertThat(Table.positions(FIRST, POSITIONS).values())
        .allSatisfy(i -> assertThat(i).containsKey("field.positionTitle").doesNotContainKey("ord"));
  }

  private static double averageBytes() {
    return Table.positions(FIRST, POSITIONS).values().stream()
        .mapToLong(CapacityUnits::itemSize)
        .average()
        .orElse(0);
  }

  private static void rewriteInTheOlderShape() {
    for (Map<String, AttributeValue> item : Table.positions(FIRST, POSITIONS).values()) {
      Map<String, AttributeValue> old = new HashMap<>();
      item.forEach(
          (name, value) ->
              old.put(
                  name.startsWith("field.")
                      ? "f." + name.substring("field.".length())
                      : OLD_NAMES.getOrDefault(name, name),
                  value));
      EmbeddedEmulators.shared().dynamoDb().putItem(b -> b.tableName("esrlink").item(old));
    }
  }

  private RequestCounter.Totals deliver(int seq, String title) {
    String name = Dat.name("RMC", LO, "20260511", seq);
    String created = "20260511%02d0000".formatted(8 + seq);
    Dat.put(
        Hub.ESR_IN,
        name,
        Dat.file("RMC", LO, seq, created, Dat.positions(LO, FIRST, POSITIONS, title)));
    RequestCounter.Totals before = RequestCounter.totals();
    FileReport report = ingest.ingest(Hub.ESR_IN, name);
    RequestCounter.Totals used = RequestCounter.totals().minus(before);
    assertThat(report.applied).isEqualTo(2L * POSITIONS);
    int records = 2 * POSITIONS;
    System.out.printf(
        Locale.ROOT,
        "RMC %d (%s, %d records): %.3f item writes, %.3f write units, %.3f read units per record%n",
        seq,
        title,
        records,
        (double) used.itemWrites() / records,
        used.writeUnits() / records,
        used.readUnits() / records);
    return used;
  }
}
