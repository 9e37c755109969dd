package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** Merges a candidate with the stored item before comparing (deletes keep stored values). */
  public interface Merger {
    Item merge(Item candidate, Item stored);
  }

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
    Map<String, Item> byKey = new LinkedHashMap<>();
    candidates.forEach(c -> byKey.put(TableStore.keyOf(c), c));
    Map<String, Item> stored = store.batchGet(new ArrayList<>(byKey.values()));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<Item> writes = new ArrayList<>();
    for (Map.Entry<String, Item> entry : byKey.entrySet()) {
      Item existing = stored.get(entry.getKey());
      Item candidate =
          existing == null ? entry.getValue() : merger.merge(entry.getValue(), existing);
      Outcome outcome = decide(candidate, existing);
      if (outcome == Outcome.WRITTEN) {
        writes.add(candidate);
      }
      outcomes.put(entry.getKey(), outcome);
    }
    store.batchPut(writes);
    return outcomes;
  }

  static Outcome decide(Item candidate, Item existing) {
    String hash = contentHash(candidate);
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
   * A digest of the item's content: every attribute but the source bookkeeping, by name, each as
   * {@code name=AttributeValue(S=..)} (the SDK's rendering of a value, built here without its
   * generic toString, which is the cost of this method on a large file).
   */
  static String contentHash(Item item) {
    StringBuilder text = new StringBuilder(512);
    new TreeMap<>(item.attributes())
        .forEach(
            (name, value) -> {
              if (!name.equals(Keys.ORDER) && !name.equals(Keys.FILE) && !name.equals(Keys.HASH)) {
                text.append(name).append('=');
                appendValue(text, value);
                text.append('\n');
              }
            });
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
