package dev.esrlink.matching;

import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;

/** A LETB post. Live when not deleted and its status is CURRENT or empty (rule 1). */
public record Post(Tpn tpn, String status, boolean deleted, String endedBy) {

  public static Post of(StoredRecord post) {
    return new Post(
        Tpn.of(post.field("tpn")), post.field("status"), post.deleted(), post.endedBy());
  }

  public boolean live() {
    return !deleted && (status == null || "CURRENT".equals(status));
  }
}
