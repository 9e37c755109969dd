package dev.esrlink.ingest;

import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;

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
    if ("POST".equals(merged.sk()) && !live(merged)) {
      String endedBy = live(stored) ? merged.string(Keys.FILE) : stored.string("endedBy");
      if (endedBy != null && !endedBy.isEmpty()) {
        merged = (merged == candidate ? candidate.copy() : merged).put("endedBy", endedBy);
      }
    }
    return merged;
  }

  static boolean live(Item post) {
    String status = post.string(Keys.FIELD + "status");
    return !post.flag(Keys.DELETED) && (status == null || "CURRENT".equals(status));
  }
}
