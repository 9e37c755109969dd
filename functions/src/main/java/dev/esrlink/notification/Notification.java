package dev.esrlink.notification;

import dev.esrlink.store.Item;
import java.util.Map;

/**
 * One NOT record (spec section 3.2) with the placement it concerns, if any.
 *
 * @param values NOT field values by layout name
 */
public record Notification(String ref, String tpn, String placementId, Map<String, String> values) {

  /** The pending notification item, to be claimed by the next DNC of its Local Office. */
  public Item pendingItem(String lo) {
    return Item.keyed("NOT#" + ref, "NOT")
        .put("LOPK", lo + "#NOT")
        .put("LOSK", ref)
        .put("status", "PENDING")
        .put("tpn", tpn)
        .put("placementId", placementId)
        .putAll("row.", values);
  }
}
