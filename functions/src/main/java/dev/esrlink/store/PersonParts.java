package dev.esrlink.store;

/**
 * An ESR person's parts under {@code PER#<personId>}: {@code PERS} and {@code ADD} (one each),
 * {@code PBD#<body>} (a professional registration, in the registration index under {@code
 * <BODY>#<number>}), {@code ASG#<assignmentId>} and {@code ABS#<type>#<start>}. Each a {@link
 * RecordItem}.
 */
public final class PersonParts {
  static final String PREFIX = "PER#";
  public static final String PERS = "PERS";
  public static final String ADD = "ADD";
  static final String REGISTRATION = "PBD#";
  static final String ASSIGNMENT = "ASG#";
  static final String ABSENCE = "ABS#";

  private PersonParts() {}

  /** The PERS or ADD part. */
  public static Item single(String personId, String part) {
    return Item.keyed(PREFIX + personId, part);
  }

  public static Item assignment(String personId, String assignmentId) {
    return Item.keyed(PREFIX + personId, ASSIGNMENT + assignmentId);
  }

  public static Item absence(String personId, String type, String start) {
    return Item.keyed(PREFIX + personId, ABSENCE + type + "#" + start);
  }

  /** A registration with a body; with a number, in the registration index. */
  public static Item registration(String personId, String body, String number) {
    Item item = Item.keyed(PREFIX + personId, REGISTRATION + body);
    if (number != null) {
      item.put(Keys.REGPK, Keys.registration(body, number)).put(Keys.REGSK, item.pk());
    }
    return item;
  }

  public static boolean isAssignment(Item part) {
    return part.sk().startsWith(ASSIGNMENT);
  }

  public static boolean isAddress(Item part) {
    return ADD.equals(part.sk());
  }
}
