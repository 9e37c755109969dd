package dev.esrlink.notification;

import dev.esrlink.store.Item;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pending and sent notifications of a Local Office. A reference is raised once, ever. */
@ApplicationScoped
public class NotificationStore {
  private final TableStore store;

  @Inject
  public NotificationStore(TableStore store) {
    this.store = store;
  }

  /** Stores the notifications whose reference is new; returns how many were new. */
  public int raise(String lo, List<Notification> notifications) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    notifications.forEach(n -> byKey.put("NOT#" + n.ref() + "|NOT", n.pendingItem(lo)));
    Map<String, Item> existing = store.batchGet(new ArrayList<>(byKey.values()));
    List<Item> fresh =
        byKey.entrySet().stream()
            .filter(e -> !existing.containsKey(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    store.batchPut(fresh);
    return fresh.size();
  }

  /** Notifications raised and not yet claimed by a DNC. */
  public List<Item> pending(String lo) {
    return store.queryLocalOffice(lo + "#NOT").stream()
        .filter(i -> "PENDING".equals(i.string("status")))
        .toList();
  }

  /** Notifications claimed by the DNC run with this sequence. */
  public List<Item> claimedBy(String lo, long sequence) {
    return store.queryLocalOffice(lo + "#NOT").stream()
        .filter(i -> i.number("seq", -1) == sequence)
        .toList();
  }

  /** Marks notifications sent in the run, with the reference items APC/DCC matching needs. */
  public void claim(List<Item> pending, long sequence, String fileName) {
    List<Item> writes = new ArrayList<>();
    for (Item item : pending) {
      writes.add(item.copy().put("status", "SENT").put("seq", sequence).put("sentIn", fileName));
      writes.add(
          Item.keyed("REF#" + item.string("LOSK"), "REF")
              .put("placementId", item.string("placementId"))
              .put("tpn", item.string("tpn"))
              .put("sentPk", item.pk())
              .put("sentSk", item.sk()));
    }
    store.batchPut(writes);
  }
}
