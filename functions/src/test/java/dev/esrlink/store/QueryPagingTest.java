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
 * than several pages still comes back whole, each item once, against the real emulator.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class QueryPagingTest {
  @Inject TableStore store;

  @Test
  void aPartitionOfSeveralPagesComesBackWholeOnce() {
    int count = 2 * TableStore.QUERY_PAGE + 345;
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(
          Item.keyed("PAGING#" + i, "POS")
              .put("LOPK", "PAGING#POS")
              .put("LOSK", String.format("%05d", i))
              .put("f.title", "Title " + i));
    }
    store.batchPut(items);

    List<Item> found = store.queryLocalOffice("PAGING#POS");

    assertThat(found).hasSize(count);
    Set<String> keys = found.stream().map(TableStore::keyOf).collect(Collectors.toSet());
    assertThat(keys).hasSize(count).contains("PAGING#0|POS", "PAGING#" + (count - 1) + "|POS");
  }
}
