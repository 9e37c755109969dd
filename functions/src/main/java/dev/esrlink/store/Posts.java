package dev.esrlink.store;

/**
 * A LETB post: {@code POST#<tpn>} / {@code POST}, listed by the Local Office index under {@code
 * <LO>#POST} / {@code <tpn>}. A {@link RecordItem}; {@code endedBy} names the file that ended a
 * live post (rule 4).
 */
public final class Posts {
  static final String PREFIX = "POST#";
  static final String SK = "POST";
  static final String INDEX_KIND = "POST";
  static final String ENDED_BY = "endedBy";

  private Posts() {}

  public static Item item(String tpn, String lo) {
    return key(tpn).put(Keys.LOPK, index(lo)).put(Keys.LOSK, tpn);
  }

  public static Item key(String tpn) {
    return Item.keyed(PREFIX + tpn, SK);
  }

  public static boolean isPost(Item item) {
    return SK.equals(item.sk());
  }

  public static String index(String lo) {
    return Keys.localOffice(lo, INDEX_KIND);
  }

  /** The file that ended the post while it was live, or null. */
  public static String endedBy(Item post) {
    return post.string(ENDED_BY);
  }

  public static Item withEndedBy(Item post, String fileName) {
    return post.put(ENDED_BY, fileName);
  }
}
