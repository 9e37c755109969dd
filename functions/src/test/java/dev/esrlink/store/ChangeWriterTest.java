package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.store.ChangeWriter.Outcome;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Read, compare, write only what changed, against the real emulator: the content is compared with
 * the stored item attribute by attribute, the source bookkeeping aside, and each candidate's
 * outcome comes back in the order given.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ChangeWriterTest {
  private static final ChangeWriter.Merger AS_IT_IS = (candidate, stored) -> candidate;

  @Inject ChangeWriter writer;
  @Inject TableStore store;

  private static Item position(String id, String file, String order) {
    return Item.keyed("CW#" + id, "POS")
        .put(RecordItem.FIELD + "tpn", "EOE/RGT00/001/F1/" + id)
        .put(RecordItem.FIELD + "title", "Quoted \"text\", commas\nand a line break, é")
        .put(RecordItem.FIELD + "wte", 10)
        .put(RecordItem.DELETED, false)
        .put(RecordItem.SOURCE_ORDER, order)
        .put(RecordItem.SOURCE_FILE, file);
  }

  private static Item first(String id) {
    return position(id, "first.DAT", "20250303090000#00000001");
  }

  private static Item later(String id) {
    return position(id, "later.DAT", "20250304090000#00000002");
  }

  private String storedFile(String id) {
    return store.get("CW#" + id, "POS").orElseThrow().string(RecordItem.SOURCE_FILE);
  }

  @Test
  void anUnchangedDeliveryWritesNothingWhateverFileAndOrderItCarries() {
    assertThat(writer.apply(List.of(first("U1"), first("U2")), AS_IT_IS))
        .containsExactly(Outcome.WRITTEN, Outcome.WRITTEN);

    assertThat(writer.apply(List.of(later("U1"), later("U2")), AS_IT_IS))
        .containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
    assertThat(storedFile("U1")).isEqualTo("first.DAT");
  }

  @Test
  void theSdkCountsTheUnitsOfEachCallAndTheFloorOfWhatChanged() {
    RequestCounter.Totals before = RequestCounter.totals();
    writer.apply(List.of(first("K1"), first("K2").put("LOPK", "LO#EOE#POS")), AS_IT_IS);
    RequestCounter.Totals loaded = RequestCounter.totals().minus(before);
    // two small items, one of them also in the Local Office index: 1 + 2 write units
    assertThat(loaded.floorWriteUnits()).isEqualTo(3);
    assertThat(loaded.floorReadUnits()).isEqualTo(2.0);
    // the compare read of two keys not found (strongly consistent: one unit each) and the write
    assertThat(loaded.readUnits()).isEqualTo(2.0);
    assertThat(loaded.writeUnits()).isGreaterThanOrEqualTo(2.0);

    RequestCounter.Totals again = RequestCounter.totals();
    writer.apply(List.of(later("K1"), later("K2").put("LOPK", "LO#EOE#POS")), AS_IT_IS);
    RequestCounter.Totals unchanged = RequestCounter.totals().minus(again);
    assertThat(unchanged.writeUnits()).isZero();
    assertThat(unchanged.floorWriteUnits()).isZero();
    assertThat(unchanged.readUnits()).isEqualTo(2.0);
  }

  @Test
  void aValueChangedAddedOrRemovedIsWritten() {
    writer.apply(List.of(first("C1"), first("C2"), first("C3"), first("C4")), AS_IT_IS);

    List<Outcome> outcomes =
        writer.apply(
            List.of(
                later("C1").put(RecordItem.FIELD + "wte", 5),
                later("C2").put(RecordItem.FIELD + "grade", "F1"),
                later("C3").remove(RecordItem.FIELD + "title"),
                later("C4").put(RecordItem.DELETED, true)),
            AS_IT_IS);

    assertThat(outcomes).containsOnly(Outcome.WRITTEN).hasSize(4);
    assertThat(store.get("CW#C1", "POS").orElseThrow().number(RecordItem.FIELD + "wte", 0))
        .isEqualTo(5);
    assertThat(storedFile("C3")).isEqualTo("later.DAT");
  }

  @Test
  void anItemStoredWithTheOldContentHashIsStillUnchanged() {
    store.batchPut(
        List.of(first("H1").put(RecordItem.LEGACY_HASH, "0123456789abcdef0123456789abcdef")));

    assertThat(writer.apply(List.of(later("H1")), AS_IT_IS)).containsExactly(Outcome.UNCHANGED);
    assertThat(storedFile("H1")).isEqualTo("first.DAT");
  }

  @Test
  void numbersAreComparedByValueAsDynamoDbKeepsThem() {
    Item stored = first("N1").put(RecordItem.FIELD + "rate", "x");
    stored.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromN("1.5"));
    Item candidate = later("N1");
    candidate.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromN("1.50"));

    assertThat(ChangeWriter.sameContent(candidate, stored)).isTrue();
    candidate.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromN("1.51"));
    assertThat(ChangeWriter.sameContent(candidate, stored)).isFalse();
    candidate.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromS("1.5"));
    assertThat(ChangeWriter.sameContent(candidate, stored)).isFalse();

    Item written = first("N2");
    written.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromN("1.50"));
    Item again = later("N2");
    again.attributes().put(RecordItem.FIELD + "rate", AttributeValue.fromN("1.50"));
    writer.apply(List.of(written), AS_IT_IS);
    assertThat(writer.apply(List.of(again), AS_IT_IS)).containsExactly(Outcome.UNCHANGED);
  }

  @Test
  void olderDataNeverOverwritesNewer() {
    writer.apply(List.of(later("O1")), AS_IT_IS);

    assertThat(writer.apply(List.of(first("O1").put(RecordItem.FIELD + "wte", 3)), AS_IT_IS))
        .containsExactly(Outcome.SUPERSEDED);
    assertThat(storedFile("O1")).isEqualTo("later.DAT");
  }

  @Test
  void candidatesWithOneKeyShareTheOutcomeOfTheLastAndItIsWhatIsStored() {
    writer.apply(List.of(first("D1")), AS_IT_IS);

    List<Outcome> outcomes =
        writer.apply(
            List.of(later("D1").put(RecordItem.FIELD + "wte", 7), first("D2"), later("D1")),
            AS_IT_IS);

    assertThat(outcomes).containsExactly(Outcome.UNCHANGED, Outcome.WRITTEN, Outcome.UNCHANGED);
    assertThat(store.get("CW#D1", "POS").orElseThrow().number(RecordItem.FIELD + "wte", 0))
        .isEqualTo(10);
  }

  @Test
  void theMergedItemIsWhatIsCompared() {
    writer.apply(List.of(first("M1").put(RecordItem.FIELD + "grade", "F1")), AS_IT_IS);
    ChangeWriter.Merger keepGrade =
        (candidate, stored) ->
            candidate
                .copy()
                .put(RecordItem.FIELD + "grade", stored.string(RecordItem.FIELD + "grade"));

    assertThat(writer.apply(List.of(later("M1")), keepGrade)).containsExactly(Outcome.UNCHANGED);
  }
}
