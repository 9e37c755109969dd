package dev.esrlink.reference;

import dev.esrlink.core.Digest;
import dev.esrlink.tpn.Tpn;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * References derived only from inputs (spec section 3.2): at most 40 characters of A-Z a-z 0-9 -.
 * An id that is not already in that alphabet, or too long, is replaced by a digest of it.
 */
public final class Refs {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{1,16}");

  private Refs() {}

  /** The applicant reference of a placement on a position: the same every time. */
  public static String applicant(String placementId, String positionId) {
    return cap("A" + token(placementId) + "-" + positionId);
  }

  /** Type 1 rotation notification raised when the APP of this placement and position is sent. */
  public static String rotation(String placementId, String positionId) {
    return cap("R" + token(placementId) + "-" + positionId);
  }

  /** Type 1 with postVacantAtNextRotation Y, once per TPN, end date and position. */
  public static String vacancy(Tpn tpn, LocalDate end, String positionId) {
    return cap(
        "V"
            + Digest.hex(tpn.value(), 10)
            + "-"
            + end.toString().replace("-", "")
            + "-"
            + positionId);
  }

  /** Type 1 with postDeleted Y, once per post ending and position. */
  public static String postDeleted(Tpn tpn, String endedBy, String positionId) {
    return cap("X" + Digest.hex(tpn.value() + "|" + endedBy, 12) + "-" + positionId);
  }

  /** Type 2 withdrawal, once per placement and position. */
  public static String withdrawal(String placementId, String positionId) {
    return cap("W" + token(placementId) + "-" + positionId);
  }

  /** Type 4 date change, once per placement, position and new dates. */
  public static String dateChange(
      String placementId, String positionId, LocalDate start, LocalDate end) {
    return cap(
        "D" + token(placementId) + "-" + positionId + "-" + Digest.hex(start + "|" + end, 6));
  }

  /** Type 5 new post, once per TPN. */
  public static String newPost(Tpn tpn) {
    return cap("P" + Digest.hex(tpn.value(), 12));
  }

  /** DNF rows: one per live matched position on the day of the snapshot. */
  public static String snapshot(LocalDate day, String positionId) {
    return cap("F" + day.toString().replace("-", "") + "-" + positionId);
  }

  private static String token(String id) {
    return SAFE.matcher(id).matches() ? id : Digest.hex(id, 12);
  }

  private static String cap(String ref) {
    return ref.length() <= 40 ? ref : ref.charAt(0) + Digest.hex(ref, 39);
  }
}
