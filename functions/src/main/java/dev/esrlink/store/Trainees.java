package dev.esrlink.store;

/**
 * A LETB trainee: {@code TRN#<traineeId>} / {@code TRN}; with a GMC number, in the registration
 * index under {@code GMC#<number>} / the trainee's key. A {@link RecordItem}.
 */
public final class Trainees {
  static final String PREFIX = "TRN#";
  static final String SK = "TRN";

  private Trainees() {}

  /** The keyed item of a trainee; {@code gmcNumber} may be null. */
  public static Item item(String traineeId, String gmcNumber) {
    Item item = key(traineeId);
    if (gmcNumber != null) {
      item.put(Keys.REGPK, Keys.registration("GMC", gmcNumber)).put(Keys.REGSK, item.pk());
    }
    return item;
  }

  public static Item key(String traineeId) {
    return Item.keyed(PREFIX + traineeId, SK);
  }
}
