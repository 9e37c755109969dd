package dev.esrlink.ingest;

import dev.esrlink.file.DataRecord;
import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import java.util.Locale;

/**
 * The store item a valid record becomes: its key by record type, its values as {@code f.<field>}
 * attributes, the Local Office index key, the deleted flag, and the source order and file.
 */
final class RecordItems {
  private RecordItems() {}

  static Item of(DataRecord record, String lo, String order, String fileName) {
    Item item = keyed(record, lo);
    record.forEachValue((name, value) -> item.put(Keys.FIELD + name, value));
    item.remove(Keys.FIELD + "ind").remove(Keys.FIELD + "action").remove(Keys.FIELD + "reserved");
    return item.put(Keys.DELETED, record.deletes())
        .put(Keys.LO, lo)
        .put(Keys.ORDER, order)
        .put(Keys.FILE, fileName);
  }

  private static Item keyed(DataRecord r, String lo) {
    return switch (r.recordType()) {
      case "POS", "POR" ->
          Item.keyed(Keys.position(r.get("positionId")), r.recordType())
              .put("LOPK", Keys.localOffice(lo, "POS"))
              .put("LOSK", r.get("positionId") + "#" + r.recordType());
      case "ASG" -> Item.keyed(Keys.person(r.get("personId")), "ASG#" + r.get("assignmentId"));
      case "PERS", "ADD" -> Item.keyed(Keys.person(r.get("personId")), r.recordType());
      case "PBD" -> registration(r);
      case "ABS" ->
          Item.keyed(
              Keys.person(r.get("personId")),
              "ABS#" + r.value("absenceType").orElse("") + "#" + r.value("startDate").orElse(""));
      case "POSTS" ->
          Item.keyed(Keys.post(r.get("tpn")), "POST")
              .put("LOPK", Keys.localOffice(lo, "POST"))
              .put("LOSK", r.get("tpn"));
      case "TRAINEES" -> trainee(r);
      case "PLACEMENTS" ->
          Item.keyed(Keys.placement(r.get("placementId")), "PLC")
              .put("LOPK", Keys.localOffice(lo, "PLC"))
              .put("LOSK", r.get("placementId"));
      default -> throw new IllegalArgumentException("no item for record type " + r.recordType());
    };
  }

  private static Item registration(DataRecord r) {
    String body = r.value("body").orElse("-");
    Item item = Item.keyed(Keys.person(r.get("personId")), "PBD#" + body);
    r.value("registrationNumber")
        .ifPresent(
            number ->
                item.put("REGPK", body.toUpperCase(Locale.ROOT) + "#" + number)
                    .put("REGSK", Keys.person(r.get("personId"))));
    return item;
  }

  private static Item trainee(DataRecord r) {
    Item item = Item.keyed(Keys.trainee(r.get("traineeId")), "TRN");
    r.value("gmcNumber")
        .ifPresent(
            gmc -> item.put("REGPK", "GMC#" + gmc).put("REGSK", Keys.trainee(r.get("traineeId"))));
    return item;
  }

  /** A delete keeps what the store knew and overlays what the delete record says. */
  static Item mergeDelete(Item candidate, Item stored) {
    if (!candidate.flag(Keys.DELETED)) {
      return candidate;
    }
    Item merged = stored.copy();
    candidate.attributes().forEach((k, v) -> merged.attributes().put(k, v));
    return merged;
  }
}
