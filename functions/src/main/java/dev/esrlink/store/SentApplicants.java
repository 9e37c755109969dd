package dev.esrlink.store;

import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applicants sent in an APP, {@code APP#<placementId>}/{@code POS#<positionId>}, indexed under
 * {@code <lo>#APP} by {@code <placementId>#<positionId>}: the reference, the run that sent it, the
 * APP row as sent ({@code row.<field>}), and the placement dates ESR was last told of (in the APP
 * or a date change since), {@code notifiedStart} and {@code notifiedEnd}. Older items hold those
 * two as {@code notStart} and {@code notEnd}: both names are read, and an item rewritten with new
 * dates carries the new names only.
 */
@ApplicationScoped
public class SentApplicants {
  public static final String REF = "ref";
  public static final String STATUS = "status";
  public static final String SEQUENCE = "seq";
  public static final String SENT_IN = "sentIn";
  public static final String PLACEMENT_ID = "placementId";
  public static final String TPN = "tpn";
  public static final String NOTIFIED_START = "notifiedStart";
  public static final String NOTIFIED_END = "notifiedEnd";
  public static final String ROW = "row.";

  /** The names {@link #NOTIFIED_START} and {@link #NOTIFIED_END} had in older items. */
  static final String OLD_START = "notStart";

  static final String OLD_END = "notEnd";

  private static final String PREFIX = "APP#";
  private static final String POSITION = "POS#";

  private final TableStore store;

  @Inject
  public SentApplicants(TableStore store) {
    this.store = store;
  }

  /** An applicant to record as sent in a run. */
  public record Sending(
      String placementId,
      String positionId,
      String ref,
      Tpn tpn,
      LocalDate start,
      LocalDate end,
      Map<String, String> row) {}

  /** A stored sent applicant. */
  public static final class SentApplicant {
    private final Item item;

    SentApplicant(Item item) {
      this.item = item;
    }

    public String placementId() {
      return item.string(PLACEMENT_ID);
    }

    public String positionId() {
      return item.sk().substring(POSITION.length());
    }

    public String ref() {
      return item.string(REF);
    }

    public long sequence() {
      return item.number(SEQUENCE, -1);
    }

    public String sentIn() {
      return item.string(SENT_IN);
    }

    /** ESR's status for the applicant from its APC ({@code SUCCESS}, ...), or null before one. */
    public String loadStatus() {
      return item.string(LoadResults.LOAD_STATUS);
    }

    /** The {@link SentApplicants#storeKey} of this applicant. */
    public String storeKey() {
      return SentApplicants.storeKey(placementId(), positionId());
    }

    /** The start date ESR was last told of (ISO), read under its older name too. */
    public String notifiedStart() {
      return item.optional(NOTIFIED_START).orElse(item.string(OLD_START));
    }

    /** The end date ESR was last told of (ISO), read under its older name too. */
    public String notifiedEnd() {
      return item.optional(NOTIFIED_END).orElse(item.string(OLD_END));
    }

    /** The APP row as sent, by layout field name. */
    public Map<String, String> row() {
      return item.strings(ROW);
    }

    /** The same applicant after ESR was told of new dates (written by {@link #putAll}). */
    public SentApplicant renotified(LocalDate start, LocalDate end) {
      return new SentApplicant(
          item.copy()
              .remove(OLD_START)
              .remove(OLD_END)
              .put(NOTIFIED_START, start.toString())
              .put(NOTIFIED_END, end.toString()));
    }
  }

  /** The key {@code "PK|SK"} of the sent applicant of a placement on a position. */
  public static String storeKey(String placementId, String positionId) {
    return PREFIX + placementId + "|" + POSITION + positionId;
  }

  /** Every applicant sent for the Local Office. */
  public List<SentApplicant> ofOffice(String lo) {
    return store.queryLocalOffice(Keys.localOffice(lo, "APP")).stream()
        .map(SentApplicant::new)
        .toList();
  }

  /** The {@link #storeKey}s of every applicant sent for the Local Office. */
  public Set<String> storeKeys(String lo) {
    Set<String> keys = new HashSet<>();
    ofOffice(lo).forEach(a -> keys.add(a.storeKey()));
    return keys;
  }

  /** The applicants the run with this sequence sent. */
  public List<SentApplicant> claimedBy(String lo, long sequence) {
    return ofOffice(lo).stream().filter(a -> a.sequence() == sequence).toList();
  }

  /**
   * Records applicants as sent in the run with this sequence and file, each with the reference an
   * APC names, in one batch.
   */
  public void record(String lo, long sequence, String file, List<Sending> applicants) {
    List<Item> writes = new ArrayList<>();
    for (Sending a : applicants) {
      writes.add(
          Item.keyed(PREFIX + a.placementId(), POSITION + a.positionId())
              .put("LOPK", Keys.localOffice(lo, "APP"))
              .put("LOSK", a.placementId() + "#" + a.positionId())
              .put(REF, a.ref())
              .put(STATUS, "SENT")
              .put(SEQUENCE, sequence)
              .put(SENT_IN, file)
              .put(PLACEMENT_ID, a.placementId())
              .put(TPN, a.tpn().value())
              .put(NOTIFIED_START, a.start().toString())
              .put(NOTIFIED_END, a.end().toString())
              .putAll(ROW, a.row()));
      writes.add(
          new References.Reference(
                  a.ref(),
                  a.placementId(),
                  a.tpn(),
                  PREFIX + a.placementId(),
                  POSITION + a.positionId())
              .item());
    }
    store.batchPut(writes);
  }

  /** Writes sent applicants back (after {@link SentApplicant#renotified}). */
  public void putAll(List<SentApplicant> applicants) {
    store.batchPut(applicants.stream().map(a -> a.item).toList());
  }
}
