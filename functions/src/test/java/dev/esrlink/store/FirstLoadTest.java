package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first load reads nothing: only the first file of its kind for a Local Office, and only when no
 * newer file of its source was seen anywhere, so that no stored item can be newer (rule 8).
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class FirstLoadTest {

  @Inject Sequences sequences;
  @Inject ChangeWriter writer;

  @Test
  void onlyTheFirstFileOfAKindForAnOfficeAndNothingNewerSeenBefore() {
    String newer = "29990301090000#000000000001";
    String older = "29990201090000#000000000001";
    assertThat(sequences.firstLoad("FL1", "TEST", newer, "RMF", "RMC")).isTrue();
    sequences.recordInbound("FL1", "RMF", 1);
    assertThat(sequences.firstLoad("FL1", "TEST", newer, "RMF", "RMC")).isFalse();
    // another office's first file, but older than one already seen: its items are compared
    assertThat(sequences.firstLoad("FL2", "TEST", older, "RMF", "RMC")).isFalse();
    assertThat(sequences.firstLoad("FL3", "TEST", newer, "RMF", "RMC")).isTrue();
  }

  @Test
  void aFirstLoadWritesWithoutReadingAndItsFloorHasNoRead() {
    RequestCounter.Totals before = RequestCounter.totals();
    List<ChangeWriter.Outcome> outcomes =
        writer.apply(
            List.of(
                Item.keyed("FL#1", "POS")
                    .put(RecordItem.FIELD + "t", "a")
                    .put(RecordItem.SOURCE_ORDER, "1"),
                Item.keyed("FL#2", "POS")
                    .put(RecordItem.FIELD + "t", "b")
                    .put(RecordItem.SOURCE_ORDER, "1")),
            (candidate, stored) -> candidate,
            true);
    RequestCounter.Totals used = RequestCounter.totals().minus(before);

    assertThat(outcomes).containsOnly(ChangeWriter.Outcome.WRITTEN);
    assertThat(used.readUnits()).isZero();
    assertThat(used.floorReadUnits()).isZero();
    assertThat(used.floorWriteUnits()).isEqualTo(2);
    assertThat(used.writeUnits()).isEqualTo(2.0);
  }
}
