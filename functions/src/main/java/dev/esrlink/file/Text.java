package dev.esrlink.file;

/** Text rules shared by readers and writers. */
public final class Text {
  private Text() {}

  /** Trims white space including the no-break space; an empty result is absent (null). */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : raw.substring(start, end);
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
