package dev.esrlink.matching;

import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;

/** A LETB post. Live when not deleted and its status is CURRENT or empty (rule 1). */
public record Post(String tpn, String status, boolean deleted, String endedBy) {

  public static Post of(Item item) {
    return new Post(
        item.string(Keys.FIELD + "tpn"),
        item.string(Keys.FIELD + "status"),
        item.flag(Keys.DELETED),
        item.string("endedBy"));
  }

  public boolean live() {
    return !deleted && (status == null || "CURRENT".equals(status));
  }
}
