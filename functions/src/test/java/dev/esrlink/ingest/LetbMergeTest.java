package dev.esrlink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.store.Item;
import dev.esrlink.store.Posts;
import dev.esrlink.store.RecordItem;
import org.junit.jupiter.api.Test;

/**
 * A merge never changes its candidate (the chunk's candidates stay as read): a post that stops
 * being live comes back as a new item carrying endedBy.
 */
class LetbMergeTest {
  private static final String FILE = "LETB_EOE_POSTS_20260302_000002.csv";

  private static Item post(String status, String file) {
    Item post = RecordItem.putField(Posts.item("EOE/RGT00/001/F1/001", "EOE"), "status", status);
    return RecordItem.stamp(post, false, "EOE", "20260302000000#000000000002", file);
  }

  @Test
  void aPostThatStopsBeingLiveIsANewItemAndTheCandidateStaysAsItWas() {
    Item stored = post("CURRENT", "LETB_EOE_POSTS_20260301_000001.csv");
    Item candidate = post("INACTIVE", FILE);
    String before = candidate.attributes().toString();

    Item merged = LetbMerge.merge(candidate, stored);

    assertThat(merged).isNotSameAs(candidate);
    assertThat(Posts.endedBy(merged)).isEqualTo(FILE);
    assertThat(candidate.attributes().toString()).isEqualTo(before);
    assertThat(Posts.endedBy(candidate)).isNull();
  }

  @Test
  void aLivePostIsTheCandidateItself() {
    Item candidate = post("CURRENT", FILE);

    assertThat(LetbMerge.merge(candidate, post("CURRENT", "LETB_EOE_POSTS_20260301_000001.csv")))
        .isSameAs(candidate);
  }
}
