package dev.esrlink.tpn;

import dev.esrlink.file.LocalOffice;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Training Post Number (also DPN / National Post Number), the join key between LETB posts and ESR
 * positions. Normalised form: trimmed, upper case, all white space removed.
 */
public final class Tpn {
  /** Every white space of {@code Text.clean}: Java white space, Unicode space separators, BOM. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\uFEFF]+");

  private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9/-]{1,30}");
  private static final Pattern SEPARATORS = Pattern.compile("[/\\-]+");

  /** What a valid TPN looks like, used in rejections. */
  public static final String RULE =
      "TPN must be 1 to 30 characters of A-Z 0-9 / - in at least three non-empty /-separated"
          + " segments, the first a Local Office code";

  private Tpn() {}

  /** Trimmed, upper case, white space (including no-break space) removed. */
  public static String normalise(String raw) {
    return raw == null ? null : WHITE_SPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /** Whether a normalised TPN is valid. */
  public static boolean isValid(String tpn) {
    if (tpn == null || !ALLOWED.matcher(tpn).matches()) {
      return false;
    }
    String[] segments = tpn.split("/", -1);
    if (segments.length < 3) {
      return false;
    }
    for (String segment : segments) {
      if (segment.isEmpty()) {
        return false;
      }
    }
    return LocalOffice.isKnown(segments[0]);
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
