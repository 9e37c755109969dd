package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Read, compare, then write only what changed: one BatchGetItem per 100 candidates, then
 * BatchWriteItem for the items whose content differs from the stored item and whose stored source
 * order is not newer. Unchanged items cost no write; older data never overwrites newer (rule 8).
 * The content is compared with the stored item as read, attribute by attribute, so nothing is
 * worked out for the items of a first load (no digest computed per item).
 */
@ApplicationScoped
public class ChangeWriter {

  /** What happened to one candidate item. */
  public enum Outcome {
    WRITTEN,
    UNCHANGED,
    SUPERSEDED
  }

  /**
   * Merges a candidate with the stored item before comparing (deletes keep stored values). Returns
   * the candidate itself when it stands as it is, else a new item.
   */
  public interface Merger {
    Item merge(Item candidate, Item stored);
  }

  /**
   * Left out of the comparison: the source bookkeeping (which file wrote an item and when), and the
   * content digest that items written by earlier versions may carry, so that such an item still
   * compares unchanged.
   */
  private static final Set<String> BOOKKEEPING =
      Set.of(
          RecordItem.SOURCE_ORDER,
          RecordItem.SOURCE_FILE,
          RecordItem.LEGACY_HASH,
          Retention.EXPIRES_AT);

  private final TableStore store;
  private final Retention retention;

  @Inject
  public ChangeWriter(TableStore store, Retention retention) {
    this.store = store;
    this.retention = retention;
  }

  /**
   * Applies candidates carrying a source order ({@link RecordItem}); a later candidate with the
   * same key replaces an earlier one. Returns the outcome of each candidate, in the order given
   * (candidates with the same key share the outcome of the last of them).
   */
  public List<Outcome> apply(List<Item> candidates, Merger merger) {
    return apply(candidates, merger, false);
  }

  /**
   * As {@link #apply(List, Merger)}; with {@code firstLoad} (nothing of this kind stored for the
   * Local Office and nothing newer anywhere: {@link Sequences#firstLoad}) the stored items are not
   * read, every candidate being new.
   */
  public List<Outcome> apply(List<Item> candidates, Merger merger, boolean firstLoad) {
    List<String> keys = new ArrayList<>(candidates.size());
    Map<String, Item> byKey = new LinkedHashMap<>();
    for (Item candidate : candidates) {
      String key = TableStore.keyOf(candidate);
      keys.add(key);
      byKey.put(key, candidate);
    }
    Map<String, Item> stored =
        firstLoad ? Map.of() : store.batchGet(new ArrayList<>(byKey.values()));
    Map<String, Outcome> outcomes = new HashMap<>();
    List<Item> writes = new ArrayList<>();
    byKey.forEach(
        (key, original) -> {
          Item existing = stored.get(key);
          Item candidate = existing == null ? original : merger.merge(original, existing);
          Outcome outcome = decide(retention.stamp(candidate), existing);
          if (outcome == Outcome.WRITTEN) {
            writes.add(candidate);
            RequestCounter.floorWrite(candidate.attributes());
            if (!firstLoad) {
              RequestCounter.floorRead(candidate.attributes());
            }
          }
          outcomes.put(key, outcome);
        });
    store.batchPut(writes);
    List<Outcome> inOrder = new ArrayList<>(keys.size());
    keys.forEach(key -> inOrder.add(outcomes.get(key)));
    return inOrder;
  }

  private Outcome decide(Item candidate, Item existing) {
    if (existing == null) {
      return Outcome.WRITTEN;
    }
    if (RecordItem.sourceOrder(existing).compareTo(RecordItem.sourceOrder(candidate)) > 0) {
      return Outcome.SUPERSEDED;
    }
    return sameContent(candidate, existing) && !retention.due(existing, candidate)
        ? Outcome.UNCHANGED
        : Outcome.WRITTEN;
  }

  /** Whether two items hold the same attributes with the same values, bookkeeping aside. */
  static boolean sameContent(Item candidate, Item stored) {
    Map<String, AttributeValue> mine = candidate.attributes();
    Map<String, AttributeValue> theirs = stored.attributes();
    int compared = 0;
    for (Map.Entry<String, AttributeValue> attribute : mine.entrySet()) {
      if (BOOKKEEPING.contains(attribute.getKey())) {
        continue;
      }
      if (!sameValue(attribute.getValue(), theirs.get(attribute.getKey()))) {
        return false;
      }
      compared++;
    }
    for (String name : theirs.keySet()) {
      if (!BOOKKEEPING.contains(name)) {
        compared--;
      }
    }
    return compared == 0;
  }

  /**
   * DynamoDB keeps a number, not its text: "1.50" written may come back as "1.5", so numbers are
   * compared by value.
   */
  private static boolean sameNumber(String mine, String theirs) {
    return mine.equals(theirs) || new BigDecimal(mine).compareTo(new BigDecimal(theirs)) == 0;
  }

  /**
   * Strings and flags by their text, numbers by value; anything else as the SDK compares values.
   */
  private static boolean sameValue(AttributeValue mine, AttributeValue theirs) {
    if (theirs == null) {
      return false;
    }
    if (mine.s() != null || theirs.s() != null) {
      return mine.s() != null && mine.s().equals(theirs.s());
    }
    if (mine.n() != null || theirs.n() != null) {
      return mine.n() != null && theirs.n() != null && sameNumber(mine.n(), theirs.n());
    }
    if (mine.bool() != null || theirs.bool() != null) {
      return mine.bool() != null && mine.bool().equals(theirs.bool());
    }
    return mine.equals(theirs);
  }
}
