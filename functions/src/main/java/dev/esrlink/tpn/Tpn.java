package dev.esrlink.tpn;

import dev.esrlink.core.LocalOffice;
import dev.esrlink.core.Text;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Training Post Number (also DPN / National Post Number), the join key between LETB posts and ESR
 * positions. Normalised form: trimmed, upper case, all white space removed.
 *
 * <p>A value holds the normalised text: two raw spellings that normalise alike are equal, and
 * values order as their text does, so a map keyed by TPN iterates in the same order as one keyed by
 * the text. {@link #toString()} and {@link #value()} give the text that stored items and outbound
 * rows carry. The static helpers work on text for the file reader, which validates fields before
 * any domain object exists.
 */
public record Tpn(String value) implements Comparable<Tpn> {
  /** Every white space of {@code Text.clean}: Java white space, Unicode space separators, BOM. */
  private static final Pattern SEPARATORS = Pattern.compile("[/\\-]+");

  /** What a valid TPN looks like, used in rejections. */
  public static final String RULE =
      "TPN must be 1 to 30 characters of A-Z 0-9 / - in at least three non-empty /-separated"
          + " segments, the first a Local Office code";

  /** Holds already normalised text; use {@link #of} or {@link #valid} for raw input. */
  public Tpn {
    Objects.requireNonNull(value, "tpn");
    if (!value.equals(normalise(value))) {
      throw new IllegalArgumentException("TPN not in normal form: " + value);
    }
  }

  /**
   * The TPN of raw text, normalised (valid or not: stored TPNs are kept as read); null stays null.
   */
  public static Tpn of(String raw) {
    String normal = normalise(raw);
    return normal == null ? null : new Tpn(normal);
  }

  /** The TPN of raw text, normalised and checked against {@link #RULE}. */
  public static Tpn valid(String raw) {
    return parse(raw).orElseThrow(() -> new IllegalArgumentException(RULE + ": " + raw));
  }

  /** Whether this TPN is valid. */
  public boolean isValid() {
    return isValid(value);
  }

  /** The Local Office this TPN belongs to: its first segment, when that is a known code. */
  public Optional<String> localOffice() {
    return LocalOffice.ofTpn(value);
  }

  /** The near-miss key of this TPN, see {@link #nearMissKey(String)}. */
  public String nearMissKey() {
    return nearMissKey(value);
  }

  @Override
  public int compareTo(Tpn other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

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
  public static Optional<Tpn> parse(String raw) {
    String tpn = normalise(raw);
    return isValid(tpn) ? Optional.of(new Tpn(tpn)) : Optional.empty();
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
