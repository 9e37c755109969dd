package dev.esrlink.core;

import java.util.Locale;

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

  /**
   * Upper case with every white space character removed (Java white space, Unicode space
   * separators, the byte order mark): what a regular expression did, without one per value.
   */
  public static String compactUpper(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
