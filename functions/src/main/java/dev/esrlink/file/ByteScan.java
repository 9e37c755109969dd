package dev.esrlink.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One streaming pass over an object's bytes: SHA-256, size, NUL bytes, and whether it is valid
 * UTF-8 (else it is read as Windows-1252).
 */
public record ByteScan(String sha256, long size, boolean holdsNul, boolean utf8, long longestLine) {

  /** Whether a line may be longer than the limit in characters (its bytes are more than it). */
  public boolean mayExceed(ReadLimits limits) {
    return longestLine > limits.maxLineLength();
  }

  public static ByteScan of(InputStream in) {
    try (in) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
      CharBuffer sink = CharBuffer.allocate(64 * 1024 + 8);
      byte[] chunk = new byte[64 * 1024];
      long size = 0;
      boolean nul = false;
      boolean utf8 = true;
      long longest = 0;
      long current = 0;
      int n;
      while ((n = in.read(chunk)) > 0) {
        digest.update(chunk, 0, n);
        size += n;
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            longest = Math.max(longest, current);
            current = 0;
          } else {
            nul |= b == 0;
            current++;
          }
        }
        if (utf8) {
          pending.put(chunk, 0, n).flip();
          utf8 = decode(decoder, pending, sink, false);
          pending.compact();
        }
      }
      if (utf8) {
        pending.flip();
        utf8 = decode(decoder, pending, sink, true);
      }
      longest = Math.max(longest, current);
      return new ByteScan(HexFormat.of().formatHex(digest.digest()), size, nul, utf8, longest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new EsrLinkException("SHA-256 is not available", e);
    }
  }

  private static boolean decode(
      CharsetDecoder decoder, ByteBuffer bytes, CharBuffer sink, boolean end) {
    while (true) {
      sink.clear();
      CoderResult result = decoder.decode(bytes, sink, end);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return true;
      }
    }
  }
}
