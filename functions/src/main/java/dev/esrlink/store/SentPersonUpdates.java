package dev.esrlink.store;

import dev.esrlink.core.Digest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Person updates sent to the LETB in ESRUPDATES, {@code UPD#<traineeId>}/{@code <field>#<digest of
 * the new value>}, indexed under {@code <lo>#UPD} by their place in the run ({@code %06d}): each
 * (trainee, field, new value) is sent once, with the row as sent ({@code row.<field>}) and the
 * sequence of the run that sent it.
 */
@ApplicationScoped
public class SentPersonUpdates {
  public static final String SEQUENCE = "seq";
  public static final String ROW = "row.";

  private static final String PREFIX = "UPD#";
  private static final String INDEX = "UPD";

  private final TableStore store;

  @Inject
  public SentPersonUpdates(TableStore store) {
    this.store = store;
  }

  /** An update to send: its row and its place among the day's candidates. */
  public record Update(int place, Map<String, String> row) {}

  /** A stored sent update. */
  public static final class StoredUpdate {
    private final Item item;

    StoredUpdate(Item item) {
      this.item = item;
    }

    /** The trainee the update is about. */
    public String traineeId() {
      return item.pk().substring(PREFIX.length());
    }

    /** The sequence of the ESRUPDATES run that sent it. */
    public long sequence() {
      return item.number(SEQUENCE, -1);
    }

    /** The ESRUPDATES row as sent, by column name. */
    public Map<String, String> row() {
      return item.strings(ROW);
    }
  }

  /**
   * The candidate rows (ESRUPDATES columns, with {@code traineeId}, {@code field} and {@code
   * newValue}) not sent before, in their order.
   */
  public List<Update> unsent(List<Map<String, String>> candidates) {
    List<Item> keys = candidates.stream().map(SentPersonUpdates::key).toList();
    Map<String, Item> sent = store.batchGet(keys);
    List<Update> fresh = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!sent.containsKey(TableStore.keyOf(keys.get(i)))) {
        fresh.add(new Update(i, candidates.get(i)));
      }
    }
    return fresh;
  }

  /** Records updates as sent in the run with this sequence. */
  public void record(String lo, long sequence, List<Update> updates) {
    List<Item> items = new ArrayList<>();
    for (Update update : updates) {
      items.add(
          key(update.row())
              .put("LOPK", Keys.localOffice(lo, INDEX))
              .put("LOSK", String.format("%06d", update.place()))
              .putAll(ROW, update.row())
              .put(SEQUENCE, sequence));
    }
    store.batchPut(items);
  }

  /** The rows sent by the run with this sequence. */
  public List<Map<String, String>> claimedBy(String lo, long sequence) {
    return ofOffice(lo).stream()
        .filter(u -> u.sequence() == sequence)
        .map(StoredUpdate::row)
        .toList();
  }

  /** Every update sent for the Local Office, in the order of their place in their run. */
  public List<StoredUpdate> ofOffice(String lo) {
    return store.queryLocalOffice(Keys.localOffice(lo, INDEX)).stream()
        .map(StoredUpdate::new)
        .toList();
  }

  private static Item key(Map<String, String> row) {
    return Item.keyed(
        PREFIX + row.get("traineeId"),
        row.get("field") + "#" + Digest.hex(row.get("newValue"), 16));
  }
}
