package dev.esrlink.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable hex digests of text, for references and keys derived from inputs. */
public final class Digest {
  private Digest() {}

  /** The first {@code hexChars} hex digits of the SHA-256 of {@code text} (UTF-8). */
  public static String hex(String text, int hexChars) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
