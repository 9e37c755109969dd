package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Read, compare, then write only what changed (DESIGN.md section 4): one BatchGetItem per 100
 * candidates, then BatchWriteItem for the items whose content differs and whose stored source order
 * is not newer. Unchanged items cost no write; older data never overwrites newer (rule 8).
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
   * the candidate itself when it stands as it is, else a new item; never changes the candidate, so
   * that a content hash worked out for it beforehand ({@link #hashed}) still holds.
   */
  public interface Merger {
    Item merge(Item candidate, Item stored);
  }

  /** A candidate item with its content hash worked out ahead of {@link #applyHashed}. */
  public record Hashed(Item item, String hash) {}

  private final TableStore store;

  @Inject
  public ChangeWriter(TableStore store) {
    this.store = store;
  }

  /**
   * Applies candidates carrying {@link Keys#ORDER}; a later candidate with the same key replaces an
   * earlier one. Returns the outcome by "PK|SK".
   */
  public Map<String, Outcome> apply(List<Item> candidates, Merger merger) {
    List<Hashed> unhashed = new ArrayList<>(candidates.size());
    candidates.forEach(c -> unhashed.add(new Hashed(c, null)));
    return applyHashed(unhashed, merger);
  }

  /**
   * As {@link #apply}, for candidates whose content hash was worked out ahead ({@link #hashed}):
   * the hash is used as it is for a candidate that no merge replaces.
   */
  public Map<String, Outcome> applyHashed(List<Hashed> candidates, Merger merger) {
    Map<String, Hashed> byKey = new LinkedHashMap<>();
    candidates.forEach(c -> byKey.put(TableStore.keyOf(c.item()), c));
    List<Item> keys = new ArrayList<>(byKey.size());
    byKey.values().forEach(c -> keys.add(c.item()));
    Map<String, Item> stored = store.batchGet(keys);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<Item> writes = new ArrayList<>();
    for (Map.Entry<String, Hashed> entry : byKey.entrySet()) {
      Item existing = stored.get(entry.getKey());
      Item original = entry.getValue().item();
      Item candidate = existing == null ? original : merger.merge(original, existing);
      String known = candidate == original ? entry.getValue().hash() : null;
      Outcome outcome = decide(candidate, existing, known);
      if (outcome == Outcome.WRITTEN) {
        writes.add(candidate);
      }
      outcomes.put(entry.getKey(), outcome);
    }
    store.batchPut(writes);
    return outcomes;
  }

  /** A candidate with its content hash, worked out now (off the path of the store's calls). */
  public static Hashed hashed(Item candidate) {
    return new Hashed(candidate, contentHash(candidate));
  }

  /** {@code knownHash}: the candidate's content hash if worked out before, else null. */
  static Outcome decide(Item candidate, Item existing, String knownHash) {
    String hash = knownHash != null ? knownHash : contentHash(candidate);
    candidate.put(Keys.HASH, hash);
    if (existing == null) {
      return Outcome.WRITTEN;
    }
    String storedOrder = existing.optional(Keys.ORDER).orElse("");
    if (storedOrder.compareTo(candidate.string(Keys.ORDER)) > 0) {
      return Outcome.SUPERSEDED;
    }
    return hash.equals(existing.string(Keys.HASH)) ? Outcome.UNCHANGED : Outcome.WRITTEN;
  }

  /**
   * A digest of the item's content: every attribute but the source bookkeeping, in name order, each
   * as {@code name=AttributeValue(S=..)} (the SDK's rendering of a value, built here without its
   * generic toString, which is the cost of this method on a large file).
   */
  static String contentHash(Item item) {
    StringBuilder text = new StringBuilder(1024);
    Map<String, AttributeValue> attributes = item.attributes();
    String[] names = attributes.keySet().toArray(new String[0]);
    Arrays.sort(names);
    for (String name : names) {
      if (!name.equals(Keys.ORDER) && !name.equals(Keys.FILE) && !name.equals(Keys.HASH)) {
        text.append(name).append('=');
        appendValue(text, attributes.get(name));
        text.append('\n');
      }
    }
    return Keys.digest(text.toString(), 32);
  }

  private static void appendValue(StringBuilder text, AttributeValue value) {
    if (value.s() != null) {
      text.append("AttributeValue(S=").append(value.s()).append(')');
    } else if (value.n() != null) {
      text.append("AttributeValue(N=").append(value.n()).append(')');
    } else if (value.bool() != null) {
      text.append("AttributeValue(BOOL=").append(value.bool()).append(')');
    } else {
      text.append(value);
    }
  }
}
