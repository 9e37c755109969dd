package dev.esrlink.notification;

import dev.esrlink.store.Notifications;
import dev.esrlink.tpn.Tpn;
import java.util.Map;

/**
 * One NOT record (spec section 3.2) with the placement it concerns, if any.
 *
 * @param values NOT field values by layout name
 */
public record Notification(String ref, Tpn tpn, String placementId, Map<String, String> values) {

  /** The notification to store pending, to be claimed by the next DNC of its Local Office. */
  public Notifications.Raised raised() {
    return new Notifications.Raised(ref, tpn, placementId, values);
  }
}
