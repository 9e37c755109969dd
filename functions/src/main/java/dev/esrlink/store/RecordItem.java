package dev.esrlink.store;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes every item holding an inbound record carries (position parts, ESR person parts,
 * posts, trainees, placements): the record's values, one {@code field.<name>} attribute per layout
 * field, whether the record is deleted, the Local Office, and the source order and name of the file
 * that last wrote it. The hot ingest path builds and compares these items as {@link Item}s; the
 * kinds ({@link PositionParts}, {@link PersonParts}, {@link Posts}, {@link Trainees}, {@link
 * Placements}) give their keys.
 *
 * <p>Items written before these names carry {@code f.<name>}, {@code del}, {@code lo}, {@code ord}
 * and {@code file}; {@link TableStore} reads them under the present names ({@link #upgrade}), so an
 * old item compares unchanged with the same record and is written in the present shape on its next
 * change.
 */
public final class RecordItem {
  /** The prefix of a record value's attribute: {@code field.positionTitle}. */
  static final String FIELD = "field.";

  static final String DELETED = "deleted";
  static final String LOCAL_OFFICE = "localOffice";

  /** The source order of the file that last wrote the item (HDR CREATED then SEQ). */
  static final String SOURCE_ORDER = "sourceOrder";

  /** The name of the file that last wrote the item. */
  static final String SOURCE_FILE = "sourceFile";

  /** A content digest that items written by earlier versions may carry; never read or written. */
  static final String LEGACY_HASH = "hash";

  static final String LEGACY_FIELD = "f.";
  static final String LEGACY_DELETED = "del";
  static final String LEGACY_LOCAL_OFFICE = "lo";
  static final String LEGACY_ORDER = "ord";
  static final String LEGACY_FILE = "file";

  private static final Map<String, String> LEGACY =
      Map.of(
          LEGACY_DELETED, DELETED,
          LEGACY_LOCAL_OFFICE, LOCAL_OFFICE,
          LEGACY_ORDER, SOURCE_ORDER,
          LEGACY_FILE, SOURCE_FILE);

  private RecordItem() {}

  /** Sets a record value ({@code field.<name>}); an empty value is left out. */
  public static Item putField(Item item, String name, String value) {
    return item.put(FIELD + name, value);
  }

  public static Item removeField(Item item, String name) {
    return item.remove(FIELD + name);
  }

  /** The record value of {@code name}, or null. */
  public static String field(Item item, String name) {
    return item.string(FIELD + name);
  }

  /** Every record value, by field name. */
  public static Map<String, String> fields(Item item) {
    return item.strings(FIELD);
  }

  /** Sets the bookkeeping of a record item: deleted, Local Office, source order and file. */
  public static Item stamp(
      Item item, boolean deleted, String localOffice, String order, String fileName) {
    return item.put(DELETED, deleted)
        .put(LOCAL_OFFICE, localOffice)
        .put(SOURCE_ORDER, order)
        .put(SOURCE_FILE, fileName);
  }

  /** A copy of a stored item marked deleted by the file of {@code order}. */
  public static Item deletedBy(Item item, String order, String fileName) {
    return item.copy().put(DELETED, true).put(SOURCE_ORDER, order).put(SOURCE_FILE, fileName);
  }

  public static boolean deleted(Item item) {
    return item.flag(DELETED);
  }

  /** The source order of the file that last wrote the item, or "" when it has none. */
  public static String sourceOrder(Item item) {
    return item.optional(SOURCE_ORDER).orElse("");
  }

  public static String sourceFile(Item item) {
    return item.string(SOURCE_FILE);
  }

  /**
   * Renames the older names of a record item to the present ones (an item that has neither {@code
   * ord} nor {@code del}, as every item of another kind, is returned as it is). Where an item holds
   * both names of one attribute, the present one wins.
   */
  static Map<String, AttributeValue> upgrade(Map<String, AttributeValue> stored) {
    if (!stored.containsKey(LEGACY_ORDER) && !stored.containsKey(LEGACY_DELETED)) {
      return stored;
    }
    Map<String, AttributeValue> upgraded = new HashMap<>(stored);
    stored.forEach(
        (name, value) -> {
          String present =
              name.startsWith(LEGACY_FIELD)
                  ? FIELD + name.substring(LEGACY_FIELD.length())
                  : LEGACY.get(name);
          if (present != null) {
            upgraded.remove(name);
            upgraded.putIfAbsent(present, value);
          }
        });
    return upgraded;
  }
}
