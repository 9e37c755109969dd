package dev.esrlink.store;

import java.util.Map;

/**
 * A stored record item as the features read it ({@link RecordItem}): a post, a position part, a
 * placement, a trainee or an ESR person part, with its layout values by field name.
 */
public final class StoredRecord {
  private final Item item;

  StoredRecord(Item item) {
    this.item = item;
  }

  /** The id in the item's key: the position, person, placement or trainee id, or the TPN. */
  public String id() {
    String pk = item.pk();
    return pk.substring(pk.indexOf('#') + 1);
  }

  /** The part of a position or person ({@code POS}, {@code POR}, {@code PERS}, {@code ADD}...). */
  public String part() {
    return item.sk();
  }

  public boolean isPart(String part) {
    return part.equals(item.sk());
  }

  public boolean isAssignment() {
    return PersonParts.isAssignment(item);
  }

  public boolean isAddress() {
    return PersonParts.isAddress(item);
  }

  /** The record's value of a layout field, or null. */
  public String field(String name) {
    return RecordItem.field(item, name);
  }

  public Map<String, String> fields() {
    return RecordItem.fields(item);
  }

  public boolean deleted() {
    return RecordItem.deleted(item);
  }

  /** The name of the file that last wrote the record. */
  public String sourceFile() {
    return RecordItem.sourceFile(item);
  }

  /** The Local Office whose index lists the item (posts, positions, placements), or null. */
  public String localOffice() {
    return Keys.officeOf(item);
  }

  /** The file that ended a live post, or null ({@link Posts}). */
  public String endedBy() {
    return Posts.endedBy(item);
  }

  /** The person whose registration this part is: the person's key partition. */
  String partition() {
    return item.pk();
  }
}
