package dev.esrlink.store;

import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The references the hub sent, {@code REF#<ref>}/{@code REF}: what an APC or DCC record names. Each
 * holds the placement and TPN it concerns and the key of the sent applicant or notification whose
 * load status the confirmation sets (none for a DNF row).
 */
@ApplicationScoped
public class References {
  public static final String PLACEMENT_ID = "placementId";
  public static final String TPN = "tpn";

  /** The partition and sort key of the sent item the reference points at. */
  public static final String SENT_PK = "sentPk";

  public static final String SENT_SK = "sentSk";

  private static final String PREFIX = "REF#";
  private static final String SORT = "REF";

  private final TableStore store;

  /** A reference and what it points at; {@code sentPk}/{@code sentSk} may be null. */
  public record Reference(String ref, String placementId, Tpn tpn, String sentPk, String sentSk) {

    Item item() {
      return Item.keyed(PREFIX + ref, SORT)
          .put(PLACEMENT_ID, placementId)
          .put(TPN, tpn == null ? null : tpn.value())
          .put(SENT_PK, sentPk)
          .put(SENT_SK, sentSk);
    }

    static Reference of(Item item) {
      return new Reference(
          item.pk().substring(PREFIX.length()),
          item.string(PLACEMENT_ID),
          Tpn.of(item.string(TPN)),
          item.string(SENT_PK),
          item.string(SENT_SK));
    }
  }

  @Inject
  public References(TableStore store) {
    this.store = store;
  }

  /** The references of a DNF: each row's reference points at its TPN only. */
  public void putSnapshot(List<Reference> references) {
    store.batchPut(references.stream().map(Reference::item).toList());
  }

  /** The references found among {@code refs}, by reference. */
  public Map<String, Reference> find(List<String> refs) {
    List<Item> keys = new ArrayList<>();
    refs.forEach(r -> keys.add(Item.keyed(PREFIX + r, SORT)));
    Map<String, Reference> found = new HashMap<>();
    for (Item item : store.batchGet(keys).values()) {
      Reference reference = Reference.of(item);
      found.put(reference.ref(), reference);
    }
    return found;
  }

  /** Sets the load status ESR confirmed on the applicant or notification a reference points at. */
  public void setLoadStatus(Reference reference, String status) {
    store.setStatus(reference.sentPk(), reference.sentSk(), status);
  }
}
