package dev.esrlink.tpn;

import dev.esrlink.core.LocalOffice;
import dev.esrlink.core.Text;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Training Post Number (also DPN / National Post Number), the join key between LETB posts and ESR
 * positions. Normalised form: trimmed, upper case, all white space removed.
 */
public final class Tpn {
  /** Every white space of {@code Text.clean}: Java white space, Unicode space separators, BOM. */
  private static final Pattern SEPARATORS = Pattern.compile("[/\\-]+");

  /** What a valid TPN looks like, used in rejections. */
  public static final String RULE =
      "TPN must be 1 to 30 characters of A-Z 0-9 / - in at least three non-empty /-separated"
          + " segments, the first a Local Office code";

  private Tpn() {}

  /** Trimmed, upper case, white space (including no-break space) removed. */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-')) {
        return Text.compactUpper(raw);
      }
    }
    return raw;
  }

  /** Whether a normalised TPN is valid. */
  public static boolean isValid(String tpn) {
    if (tpn == null || tpn.isEmpty() || tpn.length() > 30) {
      return false;
    }
    int segments = 1;
    int segmentLength = 0;
    int firstSlash = -1;
    for (int i = 0; i < tpn.length(); i++) {
      char c = tpn.charAt(i);
      if (c == '/') {
        if (segmentLength == 0) {
          return false;
        }
        firstSlash = firstSlash < 0 ? i : firstSlash;
        segments++;
        segmentLength = 0;
      } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
        segmentLength++;
      } else {
        return false;
      }
    }
    return segments >= 3 && segmentLength > 0 && LocalOffice.startsWithCode(tpn, firstSlash);
  }

  /** The normalised, valid TPN, or empty. */
  public static Optional<String> parse(String raw) {
    String tpn = normalise(raw);
    return isValid(tpn) ? Optional.of(tpn) : Optional.empty();
  }

  /**
   * The near-miss key: separators ignored and leading zeros dropped from each segment, so {@code
   * EOE/RGT00/030/STR/001} and {@code EOE-RGT00-30-STR-1} share one key.
   */
  public static String nearMissKey(String tpn) {
    StringBuilder key = new StringBuilder();
    for (String segment : SEPARATORS.split(tpn)) {
      String stripped = segment.replaceFirst("^0+(?=.)", "");
      key.append(stripped);
    }
    return key.toString();
  }
}
