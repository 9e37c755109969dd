package dev.esrlink.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Key shapes of the single table (docs/architecture.md lists them). */
public final class Keys {
  public static final String ORDER = "ord";
  public static final String FILE = "file";

  /** A content digest that items written by earlier versions may carry; never read or written. */
  public static final String HASH = "hash";

  public static final String DELETED = "del";
  public static final String LO = "lo";
  public static final String FIELD = "f.";

  private Keys() {}

  public static String position(String positionId) {
    return "POS#" + positionId;
  }

  public static String person(String personId) {
    return "PER#" + personId;
  }

  public static String post(String tpn) {
    return "POST#" + tpn;
  }

  public static String trainee(String traineeId) {
    return "TRN#" + traineeId;
  }

  public static String placement(String placementId) {
    return "PLC#" + placementId;
  }

  public static String receipt(String bucket, String name) {
    return "FILE#" + bucket + "/" + name;
  }

  public static String localOffice(String lo, String kind) {
    return lo + "#" + kind;
  }

  /** A short, stable hex digest of text, for references. */
  public static String digest(String text, int hexChars) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
