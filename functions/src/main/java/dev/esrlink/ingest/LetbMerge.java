package dev.esrlink.ingest;

import dev.esrlink.store.Item;
import dev.esrlink.store.Posts;
import dev.esrlink.store.RecordItem;

/**
 * How a LETB record meets the stored item: a delete keeps what was known; a post that stops being
 * live (deleted or INACTIVE) while it was live is marked with the file that ended it, so the next
 * DNC can say the post was deleted (rule 4).
 */
final class LetbMerge {
  private LetbMerge() {}

  /**
   * A new item when anything changes: the candidate itself is never changed, so a chunk's
   * candidates stay as read.
   */
  static Item merge(Item candidate, Item stored) {
    Item merged = RecordItems.mergeDelete(candidate, stored);
    if (Posts.isPost(merged) && !live(merged)) {
      String endedBy = live(stored) ? RecordItem.sourceFile(merged) : Posts.endedBy(stored);
      if (endedBy != null && !endedBy.isEmpty()) {
        merged = Posts.withEndedBy(merged == candidate ? candidate.copy() : merged, endedBy);
      }
    }
    return merged;
  }

  static boolean live(Item post) {
    String status = RecordItem.field(post, "status");
    return !RecordItem.deleted(post) && (status == null || "CURRENT".equals(status));
  }
}
