package dev.esrlink.ingest;

import dev.esrlink.config.RulesConfig;
import dev.esrlink.file.PositionIds;
import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule 7: an RMF holds every position of its Local Office. Positions held before and absent from a
 * newer RMF are deleted; an RMF that would delete more than the configured share of live positions
 * is quarantined. Also keeps the Local Office's snapshot watermark: a file older than the newest
 * RMF applied is superseded as a whole.
 */
@ApplicationScoped
public class FullSnapshot {
  private final TableStore store;
  private final RulesConfig rules;

  @Inject
  public FullSnapshot(TableStore store, RulesConfig rules) {
    this.store = store;
    this.rules = rules;
  }

  /**
   * The ids of the live positions of a Local Office, with the record parts (POS, POR) stored for
   * each: read page by page with the keys and the deleted flag only, so memory holds ids, not the
   * office's items.
   */
  public Map<String, List<String>> livePositions(String lo) {
    Map<String, List<String>> parts = new TreeMap<>();
    Set<String> deleted = new HashSet<>();
    store.forEachInLocalOffice(
        Keys.localOffice(lo, "POS"),
        List.of(Item.PK, Item.SK, Keys.DELETED),
        item -> {
          String id = item.pk().substring("POS#".length());
          parts.computeIfAbsent(id, k -> new ArrayList<>(2)).add(item.sk());
          if (item.flag(Keys.DELETED)) {
            deleted.add(id);
          }
        });
    parts.keySet().removeAll(deleted);
    return parts;
  }

  /**
   * Throws the quarantine reason when the RMF would delete more than the Local Office's share of
   * its live positions.
   */
  public void guard(String lo, Map<String, List<String>> live, PositionIds contents) {
    long deletions = live.keySet().stream().filter(id -> !contents.present().contains(id)).count();
    int percent = rules.massDeletionPercent(lo);
    if (deletions * 100 > live.size() * (long) percent) {
      throw new MassDeletionException(
          "full file would delete "
              + deletions
              + " of "
              + live.size()
              + " live positions, more than "
              + percent
              + "%");
    }
  }

  /** Marks deleted every live position the RMF does not hold, when the RMF is newer. */
  public List<Item> deletionsFor(
      Map<String, List<String>> live, PositionIds contents, String order, String fileName) {
    List<Item> keys = new ArrayList<>();
    live.forEach(
        (id, parts) -> {
          if (!contents.present().contains(id) && !contents.deleted().contains(id)) {
            parts.forEach(sk -> keys.add(Item.keyed(Keys.position(id), sk)));
          }
        });
    List<Item> deletions = new ArrayList<>();
    for (Item part : store.batchGet(keys).values()) {
      if (part.optional(Keys.ORDER).orElse("").compareTo(order) <= 0) {
        deletions.add(
            part.copy().put(Keys.DELETED, true).put(Keys.ORDER, order).put(Keys.FILE, fileName));
      }
    }
    return deletions;
  }

  /** The order of the newest RMF applied for the Local Office. */
  public String watermark(String lo) {
    return store.get("SNAP#" + lo, "RMF").map(i -> i.string(Keys.ORDER)).orElse("");
  }

  public void raiseWatermark(String lo, String order) {
    if (order.compareTo(watermark(lo)) > 0) {
      store.put(Item.keyed("SNAP#" + lo, "RMF").put(Keys.ORDER, order));
    }
  }
}
