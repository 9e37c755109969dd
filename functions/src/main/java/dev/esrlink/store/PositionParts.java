package dev.esrlink.store;

import java.util.List;

/**
 * An ESR position's parts: {@code POS#<positionId>} with sort key {@code POS} or {@code POR}, one
 * item per record type (each with its own source order), listed by the Local Office index under
 * {@code <LO>#POS} / {@code <positionId>#<part>}. A {@link RecordItem}.
 */
public final class PositionParts {
  static final String PREFIX = "POS#";
  static final String INDEX_KIND = "POS";
  public static final String POS = "POS";
  public static final String POR = "POR";

  private PositionParts() {}

  /** The keyed item of a part, in the Local Office's index. */
  public static Item item(String positionId, String part, String lo) {
    return Item.keyed(PREFIX + positionId, part)
        .put(Keys.LOPK, Keys.localOffice(lo, INDEX_KIND))
        .put(Keys.LOSK, positionId + "#" + part);
  }

  public static Item key(String positionId, String part) {
    return Item.keyed(PREFIX + positionId, part);
  }

  /** The key of the other part of the same position. */
  public static Item sibling(Item part) {
    return Item.keyed(part.pk(), POS.equals(part.sk()) ? POR : POS);
  }

  public static boolean isPart(Item item) {
    return item.pk().startsWith(PREFIX) && (POS.equals(item.sk()) || POR.equals(item.sk()));
  }

  public static String positionId(Item part) {
    return part.pk().substring(PREFIX.length());
  }

  /** The Local Office index partition of the office's position parts. */
  public static String index(String lo) {
    return Keys.localOffice(lo, INDEX_KIND);
  }

  /** What a page of an office's parts needs to tell live positions: keys and the deleted flag. */
  public static List<String> liveProjection() {
    return List.of(Item.PK, Item.SK, RecordItem.DELETED, RecordItem.LEGACY_DELETED);
  }
}
