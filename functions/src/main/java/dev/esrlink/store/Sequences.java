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
  static final String PREFIX = "SEQ#";
  static final String OUT = "OUT";
  static final String IN = "IN";
  static final String VALUE = "value";

  /**
   * The newest source order seen of a source (ESR or LETB), anywhere: {@code SEQ#NEWEST#<source>} /
   * {@code IN}, attribute {@code order}. Files of one source race to raise it, so it is raised with
   * a conditional update (never lowered) rather than under a version.
   */
  static final String NEWEST = "SEQ#NEWEST#";

  static final String NEWEST_ORDER = "order";

  private final TableStore store;

  @Inject
  public Sequences(TableStore store) {
    this.store = store;
  }

  /** The partition of a Local Office's sequences of one file type: {@code SEQ#<LO>#<TYPE>}. */
  static String pk(String lo, String type) {
    return PREFIX + lo + "#" + type;
  }

  /** Takes the next outbound sequence: 1, 2, 3, ... */
  public long next(String lo, String type) {
    return store.increment(pk(lo, type), OUT, VALUE);
  }

  /**
   * Whether this file may be applied as the first load of its kind for the Local Office, without
   * reading the stored items first: no inbound file of {@code types} was recorded for the Local
   * Office yet (call before {@link #recordInbound}), and no file of the same source ({@code ESR} or
   * {@code LETB}) with a newer order was seen before, anywhere (the source's newest order, raised
   * atomically here), so no stored item can be newer than what the file writes (rule 8). Items of
   * another Local Office with the same key (a person ESR holds under two offices) are then older or
   * of the same order, and the file's data wins as it would after a compare.
   */
  public boolean firstLoad(String lo, String source, String order, String... types) {
    for (String type : types) {
      if (store.get(pk(lo, type), IN).isPresent()) {
        raiseNewest(source, order);
        return false;
      }
    }
    return raiseNewest(source, order);
  }

  private boolean raiseNewest(String source, String order) {
    return store.raiseIfNotAbove(NEWEST + source, IN, NEWEST_ORDER, order);
  }

  /**
   * Takes the next outbound sequence of {@code type} and opens the export run {@code runPk} holding
   * it, in one transaction: see {@link TableStore#takeSequenceAndOpen}.
   */
  public Optional<Item> nextAndOpen(
      String lo, String type, String runPk, java.util.function.LongFunction<String> keyFor) {
    return store.takeSequenceAndOpen(pk(lo, type), runPk, keyFor);
  }

  /**
   * Takes the next outbound sequence and records it on an item in one transaction (an RTC's number
   * in its file's receipt): see {@link TableStore#takeSequenceInto}.
   */
  public java.util.OptionalLong nextInto(
      String lo, String type, long version, java.util.function.LongFunction<Receipt> receiptFor) {
    return store.takeSequenceInto(
        pk(lo, type), version, sequence -> receiptFor.apply(sequence).item());
  }

  /**
   * Records an inbound sequence and returns the warning when it leaves a gap after the last one
   * applied for this Local Office and type.
   */
  public Optional<String> recordInbound(String lo, String type, long sequence) {
    String pk = pk(lo, type);
    long last = store.get(pk, IN).map(i -> i.number(VALUE, 0)).orElse(0L);
    if (sequence > last) {
      store.put(Item.keyed(pk, IN).put(VALUE, sequence));
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
