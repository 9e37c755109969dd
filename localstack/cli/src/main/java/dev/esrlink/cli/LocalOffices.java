package dev.esrlink.cli;

import dev.esrlink.topology.Topology;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Local Office codes given on the command line. */
final class LocalOffices {

  private LocalOffices() {}

  /** The code, upper case, when it is one of the interface's Local Offices. */
  static String check(String code) {
    String lo = code.trim().toUpperCase(Locale.ROOT);
    if (!Topology.LOCAL_OFFICES.contains(lo)) {
      throw new UsageError(
          "unknown Local Office "
              + code
              + ": use one of "
              + String.join(" ", Topology.LOCAL_OFFICES));
    }
    return lo;
  }

  /** The offices named (checked, without repeats, in the order given), or all when none. */
  static List<String> selected(List<String> named) {
    if (named == null || named.isEmpty()) {
      return Topology.LOCAL_OFFICES;
    }
    Set<String> offices = new LinkedHashSet<>();
    named.forEach(code -> offices.add(check(code)));
    return List.copyOf(offices);
  }
}
