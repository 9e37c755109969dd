package dev.esrlink.file;

import dev.esrlink.topology.Topology;
import java.util.Locale;
import java.util.Optional;

/** Local Office codes (spec section 1). */
public final class LocalOffice {
  private LocalOffice() {}

  public static boolean isKnown(String code) {
    return code != null && Topology.LOCAL_OFFICES.contains(code.toUpperCase(Locale.ROOT));
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
