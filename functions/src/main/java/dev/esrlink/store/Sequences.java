package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Outbound sequences (rule 9): one counter per Local Office and file type, taken with an atomic
 * update so two runs never share one; and the last inbound sequence applied, for gap warnings.
 */
@ApplicationScoped
public class Sequences {
  private final TableStore store;

  @Inject
  public Sequences(TableStore store) {
    this.store = store;
  }

  /** Takes the next outbound sequence: 1, 2, 3, ... */
  public long next(String lo, String type) {
    return store.increment("SEQ#" + lo + "#" + type, "OUT", "value");
  }

  /**
   * Takes the next outbound sequence and records it on an item in one transaction (an RTC's number
   * in its file's receipt): see {@link TableStore#takeSequenceInto}.
   */
  public java.util.OptionalLong nextInto(
      String lo, String type, long version, java.util.function.LongFunction<Item> itemFor) {
    return store.takeSequenceInto("SEQ#" + lo + "#" + type, version, itemFor);
  }

  /**
   * Records an inbound sequence and returns the warning when it leaves a gap after the last one
   * applied for this Local Office and type.
   */
  public Optional<String> recordInbound(String lo, String type, long sequence) {
    String pk = "SEQ#" + lo + "#" + type;
    long last = store.get(pk, "IN").map(i -> i.number("value", 0)).orElse(0L);
    if (sequence > last) {
      store.put(Item.keyed(pk, "IN").put("value", sequence));
    }
    if (last > 0 && sequence > last + 1) {
      return Optional.of(
          "inbound sequence gap for "
              + lo
              + " "
              + type
              + ": expected "
              + (last + 1)
              + ", received "
              + sequence);
    }
    return Optional.empty();
  }
}
