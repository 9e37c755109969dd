package dev.esrlink.ingest;

import dev.esrlink.file.DataRecord;
import dev.esrlink.store.Item;
import dev.esrlink.store.PersonParts;
import dev.esrlink.store.Placements;
import dev.esrlink.store.PositionParts;
import dev.esrlink.store.Posts;
import dev.esrlink.store.RecordItem;
import dev.esrlink.store.Trainees;

/**
 * The store item a valid record becomes: its key by record type (each kind's key shape is in {@code
 * store/}), its layout values, the deleted flag, the Local Office, and the source order and file
 * ({@link RecordItem}).
 */
final class RecordItems {
  private RecordItems() {}

  static Item of(DataRecord record, String lo, String order, String fileName) {
    Item item = keyed(record, lo);
    record.forEachValue((name, value) -> RecordItem.putField(item, name, value));
    RecordItem.removeField(item, "ind");
    RecordItem.removeField(item, "action");
    RecordItem.removeField(item, "reserved");
    return RecordItem.stamp(item, record.deletes(), lo, order, fileName);
  }

  private static Item keyed(DataRecord r, String lo) {
    return switch (r.recordType()) {
      case "POS", "POR" -> PositionParts.item(r.get("positionId"), r.recordType(), lo);
      case "ASG" -> PersonParts.assignment(r.get("personId"), r.get("assignmentId"));
      case "PERS", "ADD" -> PersonParts.single(r.get("personId"), r.recordType());
      case "PBD" ->
          PersonParts.registration(
              r.get("personId"),
              r.value("body").orElse("-"),
              r.value("registrationNumber").orElse(null));
      case "ABS" ->
          PersonParts.absence(
              r.get("personId"),
              r.value("absenceType").orElse(""),
              r.value("startDate").orElse(""));
      case "POSTS" -> Posts.item(r.get("tpn"), lo);
      case "TRAINEES" -> Trainees.item(r.get("traineeId"), r.value("gmcNumber").orElse(null));
      case "PLACEMENTS" -> Placements.item(r.get("placementId"), lo);
      default -> throw new IllegalArgumentException("no item for record type " + r.recordType());
    };
  }

  /** A delete keeps what the store knew and overlays what the delete record says. */
  static Item mergeDelete(Item candidate, Item stored) {
    if (!RecordItem.deleted(candidate)) {
      return candidate;
    }
    Item merged = stored.copy();
    candidate.attributes().forEach((k, v) -> merged.attributes().put(k, v));
    return merged;
  }
}
