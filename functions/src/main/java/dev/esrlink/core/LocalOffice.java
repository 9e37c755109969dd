package dev.esrlink.core;

import dev.esrlink.topology.Topology;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Local Office codes (spec section 1). */
public final class LocalOffice {
  private LocalOffice() {}

  private static final Set<String> CODES = Set.copyOf(Topology.LOCAL_OFFICES);

  public static boolean isKnown(String code) {
    return code != null && (CODES.contains(code) || CODES.contains(code.toUpperCase(Locale.ROOT)));
  }

  /** Whether the first {@code length} characters of {@code text} are a Local Office code. */
  public static boolean startsWithCode(String text, int length) {
    if (length != 3) {
      return false;
    }
    for (String code : Topology.LOCAL_OFFICES) {
      if (text.startsWith(code)) {
        return true;
      }
    }
    return false;
  }

  /** The Local Office a normalised TPN belongs to: its first segment. */
  public static Optional<String> ofTpn(String tpn) {
    if (tpn == null) {
      return Optional.empty();
    }
    int slash = tpn.indexOf('/');
    String first = slash < 0 ? tpn : tpn.substring(0, slash);
    return isKnown(first) ? Optional.of(first) : Optional.empty();
  }
}
