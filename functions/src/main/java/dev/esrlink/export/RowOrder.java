package dev.esrlink.export;

import java.util.Comparator;
import java.util.Map;

/** The row orders of the outbound files. */
final class RowOrder {
  /** APP, DNC and DNF: by TPN, then reference. */
  static final Comparator<Map<String, String>> BY_TPN_THEN_REF =
      Comparator.comparing((Map<String, String> r) -> r.get("tpn"))
          .thenComparing(r -> r.getOrDefault("applicantRef", r.get("notificationRef")));

  private RowOrder() {}
}
