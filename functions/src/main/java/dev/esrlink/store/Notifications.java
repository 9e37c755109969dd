package dev.esrlink.store;

import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notifications, {@code NOT#<ref>}/{@code NOT}, indexed under {@code <lo>#NOT} by reference: raised
 * {@code PENDING}, then {@code SENT} by the DNC run that claims them (its sequence and file), with
 * the NOT row ({@code row.<field>}) and the placement and TPN they concern. A reference is raised
 * once, ever.
 */
@ApplicationScoped
public class Notifications {
  public static final String STATUS = "status";
  public static final String SEQUENCE = "seq";
  public static final String SENT_IN = "sentIn";
  public static final String PLACEMENT_ID = "placementId";
  public static final String TPN = "tpn";
  public static final String ROW = "row.";

  private static final String PREFIX = "NOT#";
  private static final String SORT = "NOT";
  private static final String PENDING = "PENDING";
  private static final String SENT = "SENT";

  private final TableStore store;

  @Inject
  public Notifications(TableStore store) {
    this.store = store;
  }

  /** A notification to raise: its reference, TPN, placement (may be null) and NOT row. */
  public record Raised(String ref, Tpn tpn, String placementId, Map<String, String> row) {}

  /** A stored notification. */
  public static final class StoredNotification {
    private final Item item;

    StoredNotification(Item item) {
      this.item = item;
    }

    public String ref() {
      return item.pk().substring(PREFIX.length());
    }

    public boolean pending() {
      return PENDING.equals(item.string(STATUS));
    }

    /** Whether a DNC run has sent it. */
    public boolean sent() {
      return SENT.equals(item.string(STATUS));
    }

    public long sequence() {
      return item.number(SEQUENCE, -1);
    }

    /** The DNC file it was sent in, or null while pending. */
    public String sentIn() {
      return item.string(SENT_IN);
    }

    /** The placement it concerns, or null. */
    public String placementId() {
      return item.string(PLACEMENT_ID);
    }

    public String tpn() {
      return item.string(TPN);
    }

    /**
     * ESR's status for the notification from its DCC ({@code SUCCESS}, ...), or null before one.
     */
    public String loadStatus() {
      return item.string(LoadResults.LOAD_STATUS);
    }

    public Map<String, String> row() {
      return item.strings(ROW);
    }
  }

  /** Stores the notifications whose reference is new; returns how many were new. */
  public int raise(String lo, List<Raised> notifications) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    notifications.forEach(
        n ->
            byKey.put(
                PREFIX + n.ref() + "|" + SORT,
                Item.keyed(PREFIX + n.ref(), SORT)
                    .put("LOPK", Keys.localOffice(lo, SORT))
                    .put("LOSK", n.ref())
                    .put(STATUS, PENDING)
                    .put(TPN, n.tpn().value())
                    .put(PLACEMENT_ID, n.placementId())
                    .putAll(ROW, n.row())));
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
  public List<StoredNotification> pending(String lo) {
    return ofOffice(lo).stream().filter(StoredNotification::pending).toList();
  }

  /** Notifications claimed by the DNC run with this sequence. */
  public List<StoredNotification> claimedBy(String lo, long sequence) {
    return ofOffice(lo).stream().filter(n -> n.sequence() == sequence).toList();
  }

  /** Marks notifications sent in the run, with the reference items APC/DCC matching needs. */
  public void claim(List<StoredNotification> pending, long sequence, String file) {
    List<Item> writes = new ArrayList<>();
    for (StoredNotification n : pending) {
      Item item = n.item;
      writes.add(item.copy().put(STATUS, SENT).put(SEQUENCE, sequence).put(SENT_IN, file));
      writes.add(
          new References.Reference(
                  n.ref(),
                  item.string(PLACEMENT_ID),
                  Tpn.of(item.string(TPN)),
                  item.pk(),
                  item.sk())
              .item());
    }
    store.batchPut(writes);
  }

  /** Every notification raised for the Local Office, in reference order. */
  public List<StoredNotification> ofOffice(String lo) {
    return store.queryLocalOffice(Keys.localOffice(lo, SORT)).stream()
        .map(StoredNotification::new)
        .toList();
  }
}
