package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Queries ask for pages of {@link TableStore#QUERY_PAGE} items: a Local Office partition larger
 * than several pages still comes back whole, each item once, against the real emulator; read page
 * by page, with only the attributes asked for.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class QueryPagingTest {
  @Inject TableStore store;

  private static final int COUNT = 2 * TableStore.QUERY_PAGE + 345;

  @Test
  void aPartitionOfSeveralPagesComesBackWholeOnce() {
    store.batchPut(partition("PAGING"));

    List<Item> found = store.queryLocalOffice("PAGING#POS");

    assertThat(found).hasSize(COUNT);
    Set<String> keys = found.stream().map(TableStore::keyOf).collect(Collectors.toSet());
    assertThat(keys).hasSize(COUNT).contains("PAGING#0|POS", "PAGING#" + (COUNT - 1) + "|POS");
  }

  @Test
  void pageByPageEachItemComesOnceWithOnlyTheNamedAttributes() {
    store.batchPut(partition("STREAM"));

    List<Item> seen = new ArrayList<>();
    store.forEachInLocalOffice(
        "STREAM#POS", List.of(Item.PK, Item.SK, RecordItem.DELETED), seen::add);

    assertThat(seen).hasSize(COUNT);
    assertThat(seen.stream().map(TableStore::keyOf).collect(Collectors.toSet())).hasSize(COUNT);
    assertThat(seen)
        .allSatisfy(i -> assertThat(i.attributes()).doesNotContainKey(RecordItem.FIELD + "title"));
    assertThat(seen.stream().filter(i -> RecordItem.deleted(i)).count()).isEqualTo((COUNT + 6) / 7);
  }

  private static List<Item> partition(String prefix) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      items.add(
          Item.keyed(prefix + "#" + i, "POS")
              .put("LOPK", prefix + "#POS")
              .put("LOSK", String.format("%05d", i))
              .put(RecordItem.FIELD + "title", "Title " + i)
              .put(RecordItem.DELETED, i % 7 == 0));
    }
    return items;
  }
}
