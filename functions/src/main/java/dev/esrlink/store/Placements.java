package dev.esrlink.store;

/**
 * A LETB placement: {@code PLC#<placementId>} / {@code PLC}, listed by the Local Office index under
 * {@code <LO>#PLC} / {@code <placementId>}. A {@link RecordItem}.
 */
public final class Placements {
  static final String PREFIX = "PLC#";
  static final String SK = "PLC";
  static final String INDEX_KIND = "PLC";

  /** The layout field whose date keeps a placement's personal data ({@link Retention}). */
  static final String END_DATE = "endDate";

  private Placements() {}

  public static Item item(String placementId, String lo) {
    return key(placementId).put(Keys.LOPK, index(lo)).put(Keys.LOSK, placementId);
  }

  public static Item key(String placementId) {
    return Item.keyed(PREFIX + placementId, SK);
  }

  public static String index(String lo) {
    return Keys.localOffice(lo, INDEX_KIND);
  }

  static boolean isPlacement(Item item) {
    return item.pk().startsWith(PREFIX);
  }
}
