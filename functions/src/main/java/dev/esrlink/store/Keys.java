package dev.esrlink.store;

import java.util.Locale;

/**
 * The index keys of the single table and the helpers the kinds build keys with; each kind declares
 * its own key shape (docs/architecture.md lists them).
 */
public final class Keys {
  /** The Local Office index (Topology.LO_INDEX): what an office holds, by kind. */
  public static final String LOPK = "LOPK";

  public static final String LOSK = "LOSK";

  /** The registration index (Topology.REGISTRATION_INDEX): people and trainees by number. */
  public static final String REGPK = "REGPK";

  public static final String REGSK = "REGSK";

  private Keys() {}

  /** The Local Office index partition of one kind of an office's items: {@code <LO>#<kind>}. */
  public static String localOffice(String lo, String kind) {
    return lo + "#" + kind;
  }

  /** The Local Office of a Local Office index partition key, or null. */
  public static String officeOf(Item item) {
    String lopk = item.string(LOPK);
    return lopk == null ? null : lopk.substring(0, lopk.indexOf('#'));
  }

  /** The registration index partition of a number with its body: {@code GMC#<number>}. */
  public static String registration(String body, String number) {
    return body.toUpperCase(Locale.ROOT) + "#" + number;
  }
}
