package dev.esrlink.ingest;

import dev.esrlink.config.RulesConfig;
import dev.esrlink.file.PositionIds;
import dev.esrlink.store.ChangeWriter;
import dev.esrlink.store.Item;
import dev.esrlink.store.PositionParts;
import dev.esrlink.store.RecordItem;
import dev.esrlink.store.SnapshotMark;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule 7: an RMF holds every position of its Local Office. Positions held before and absent from a
 * newer RMF are deleted; an RMF that would delete more than the configured share of live positions
 * is quarantined. Also keeps the Local Office's snapshot watermark: a position file older than the
 * newest RMF applied writes only what the store has never held ({@link #unseen}).
 */
@ApplicationScoped
public class FullSnapshot {
  private final TableStore store;
  private final SnapshotMark mark;
  private final RulesConfig rules;

  @Inject
  public FullSnapshot(TableStore store, SnapshotMark mark, RulesConfig rules) {
    this.store = store;
    this.mark = mark;
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
        PositionParts.index(lo),
        PositionParts.liveProjection(),
        item -> {
          String id = PositionParts.positionId(item);
          parts.computeIfAbsent(id, k -> new ArrayList<>(2)).add(item.sk());
          if (RecordItem.deleted(item)) {
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
            parts.forEach(part -> keys.add(PositionParts.key(id, part)));
          }
        });
    List<Item> deletions = new ArrayList<>();
    for (Item part : store.batchGet(keys).values()) {
      if (RecordItem.sourceOrder(part).compareTo(order) <= 0) {
        deletions.add(RecordItem.deletedBy(part, order, fileName));
      }
    }
    return deletions;
  }

  /** The newest RMF applied for a Local Office: its order and file name. */
  public record Newest(String order, String file) {
    static final Newest NONE = new Newest("", "");
  }

  /** The newest RMF applied for the Local Office, or {@link Newest#NONE}. */
  public Newest watermark(String lo) {
    return mark.get(lo).map(m -> new Newest(m.order(), m.file())).orElse(Newest.NONE);
  }

  public void raiseWatermark(String lo, String order, String fileName) {
    if (order.compareTo(watermark(lo).order()) > 0) {
      mark.put(lo, order, fileName);
    }
  }

  /**
   * What a position file older than the newest RMF still writes, so that the outcome does not
   * depend on the order files arrive in (rules 7 and 8): only items the store has never held. The
   * part of a position is written as deleted by that RMF (which did not hold the position, or it
   * would be stored), unless another part of the position is stored live (the RMF held it); any
   * other item is written as it is. Returns the items to write and, for each candidate in order,
   * {@code WRITTEN} when it is written as it is, else {@code SUPERSEDED}.
   */
  public Unseen unseen(List<Item> candidates, Newest newer) {
    Map<String, Item> keys = new LinkedHashMap<>();
    for (Item candidate : candidates) {
      keys.put(TableStore.keyOf(candidate), candidate);
      if (isPositionPart(candidate)) {
        Item sibling = PositionParts.sibling(candidate);
        keys.putIfAbsent(TableStore.keyOf(sibling), sibling);
      }
    }
    Map<String, Item> stored = store.batchGet(new ArrayList<>(keys.values()));
    List<Item> writes = new ArrayList<>();
    List<ChangeWriter.Outcome> outcomes = new ArrayList<>(candidates.size());
    for (Item candidate : candidates) {
      if (stored.containsKey(TableStore.keyOf(candidate))) {
        outcomes.add(ChangeWriter.Outcome.SUPERSEDED);
      } else if (isPositionPart(candidate) && !siblingLive(candidate, stored)) {
        writes.add(RecordItem.deletedBy(candidate, newer.order(), newer.file()));
        outcomes.add(ChangeWriter.Outcome.SUPERSEDED);
      } else {
        writes.add(candidate);
        outcomes.add(ChangeWriter.Outcome.WRITTEN);
      }
    }
    return new Unseen(writes, outcomes);
  }

  /** The items an older file writes and the outcome of each of its candidates. */
  public record Unseen(List<Item> writes, List<ChangeWriter.Outcome> outcomes) {}

  private static boolean isPositionPart(Item item) {
    return PositionParts.isPart(item);
  }

  private static boolean siblingLive(Item part, Map<String, Item> stored) {
    Item sibling = stored.get(TableStore.keyOf(PositionParts.sibling(part)));
    return sibling != null && !RecordItem.deleted(sibling);
  }
}
