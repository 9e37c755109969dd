package dev.esrlink.store;

import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Load results, {@code LR#<lo>}/{@code <file>#<line %010d>}, indexed under {@code <lo>#LR} by the
 * same sort key: one per APC or DCC record matched to a sent reference, {@code pending} until the
 * LOADRESULTS run that claims it (its sequence) sends it to the LETB.
 */
@ApplicationScoped
public class LoadResults {
  public static final String PENDING = "pending";
  public static final String SEQUENCE = "seq";
  public static final String PLACEMENT_ID = "placementId";
  public static final String TPN = "tpn";
  public static final String REF = "ref";
  public static final String KIND = "kind";
  public static final String STATUS = "status";
  public static final String MESSAGE = "message";
  public static final String SOURCE_FILE = "sourceFile";
  public static final String SENT_PK = "sentPk";
  public static final String SENT_SK = "sentSk";

  /**
   * ESR's status for a sent applicant or notification, written on its item by {@link
   * TableStore#setStatus} when a confirmation names it.
   */
  public static final String LOAD_STATUS = "loadStatus";

  private static final String PREFIX = "LR#";
  private static final String INDEX = "LR";

  private final TableStore store;

  @Inject
  public LoadResults(TableStore store) {
    this.store = store;
  }

  /**
   * One confirmation's result: what it confirmed ({@code kind} APP or NOT), ESR's status and
   * message, and the file and line it came from.
   */
  public record LoadResult(
      String lo,
      String sourceFile,
      long line,
      String placementId,
      Tpn tpn,
      String ref,
      String kind,
      String status,
      String message,
      String sentPk,
      String sentSk) {

    Item item() {
      String sk = sourceFile + "#" + String.format("%010d", line);
      return Item.keyed(PREFIX + lo, sk)
          .put("LOPK", Keys.localOffice(lo, INDEX))
          .put("LOSK", sk)
          .put(PENDING, true)
          .put(PLACEMENT_ID, placementId)
          .put(TPN, tpn == null ? null : tpn.value())
          .put(REF, ref)
          .put(KIND, kind)
          .put(STATUS, status)
          .put(MESSAGE, message)
          .put(SOURCE_FILE, sourceFile)
          .put(SENT_PK, sentPk)
          .put(SENT_SK, sentSk);
    }
  }

  /** A stored load result, as LOADRESULTS and {@code explain} read it. */
  public static final class StoredResult {
    private final Item item;

    StoredResult(Item item) {
      this.item = item;
    }

    public String placementId() {
      return item.string(PLACEMENT_ID);
    }

    public Tpn tpn() {
      return Tpn.of(item.string(TPN));
    }

    public String ref() {
      return item.string(REF);
    }

    public String kind() {
      return item.string(KIND);
    }

    public String status() {
      return item.string(STATUS);
    }

    public String message() {
      return item.string(MESSAGE);
    }

    public String sourceFile() {
      return item.string(SOURCE_FILE);
    }
  }

  /** Stores load results, each pending until a LOADRESULTS run claims it. */
  public void putAll(List<LoadResult> results) {
    store.batchPut(results.stream().map(LoadResult::item).toList());
  }

  /** The load results no LOADRESULTS run has claimed yet. */
  public List<StoredResult> pending(String lo) {
    return items(lo).stream().filter(i -> i.flag(PENDING)).map(StoredResult::new).toList();
  }

  /** Marks load results as claimed by the run with this sequence. */
  public void claim(List<StoredResult> pending, long sequence) {
    store.batchPut(
        pending.stream()
            .map(r -> r.item.copy().put(PENDING, false).put(SEQUENCE, sequence))
            .toList());
  }

  /** The load results claimed by the run with this sequence, in file and line order. */
  public List<StoredResult> claimedBy(String lo, long sequence) {
    List<Item> claimed =
        new ArrayList<>(
            items(lo).stream().filter(i -> i.number(SEQUENCE, -1) == sequence).toList());
    claimed.sort(Comparator.comparing(Item::sk));
    return claimed.stream().map(StoredResult::new).toList();
  }

  /** Every load result of the Local Office, in file and line order. */
  public List<StoredResult> ofOffice(String lo) {
    return items(lo).stream().map(StoredResult::new).toList();
  }

  /** The load results from the records of one APC or DCC file, in line order. */
  public List<StoredResult> fromFile(String lo, String file) {
    return store.query(PREFIX + lo).stream()
        .filter(i -> i.sk().startsWith(file + "#"))
        .map(StoredResult::new)
        .toList();
  }

  private List<Item> items(String lo) {
    return store.queryLocalOffice(Keys.localOffice(lo, INDEX));
  }
}
