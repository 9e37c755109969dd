package dev.esrlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import org.junit.jupiter.api.Test;

/**
 * A merge never changes its candidate (the chunk's candidates stay as read): a post that stops
 * being live comes back as a new item carrying endedBy.
 */
class LetbMergeTest {
  private static final String FILE = "LETB_EOE_POSTS_20260302_000002.csv";

  private static Item post(String status, String file) {
    return Item.keyed("POST#EOE/RGT00/001/F1/001", "POST")
        .put(Keys.FIELD + "status", status)
        .put(Keys.DELETED, false)
        .put(Keys.FILE, file);
  }

  @Test
  void aPostThatStopsBeingLiveIsANewItemAndTheCandidateStaysAsItWas() {
    Item stored = post("CURRENT", "LETB_EOE_POSTS_20260301_000001.csv");
    Item candidate = post("INACTIVE", FILE);
    String before = candidate.attributes().toString();

    Item merged = LetbMerge.merge(candidate, stored);

    assertThat(merged).isNotSameAs(candidate);
    assertThat(merged.string("endedBy")).isEqualTo(FILE);
    assertThat(candidate.attributes().toString()).isEqualTo(before);
    assertThat(candidate.string("endedBy")).isNull();
  }

  @Test
  void aLivePostIsTheCandidateItself() {
    Item candidate = post("CURRENT", FILE);

    assertThat(LetbMerge.merge(candidate, post("CURRENT", "LETB_EOE_POSTS_20260301_000001.csv")))
        .isSameAs(candidate);
  }
}
