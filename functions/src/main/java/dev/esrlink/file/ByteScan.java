package dev.esrlink.file;

import dev.esrlink.core.EsrLinkException;
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
 * One streaming pass over an object's bytes: SHA-256, size, NUL bytes, whether it is valid UTF-8
 * (else it is read as Windows-1252), and the quoting of the CSV dialect (spec section 2) as the
 * tokenizer will read it: a quoted field not closed by the end of the file, and the quoted field
 * that spans the most lines. Quote, comma, CR and LF are the same bytes in UTF-8 and Windows-1252.
 *
 * @param unclosedQuoteLine the line where a quoted field opens that the file never closes, or 0
 * @param widestQuote the most lines one quoted field spans (1 for a field on one line, 0 for none)
 * @param widestQuoteLine the line where the first field spanning {@code widestQuote} lines opens
 * @param loneCrLine the first line ended by a CR without an LF (outside quotes), or 0
 */
public record ByteScan(
    String sha256,
    long size,
    boolean holdsNul,
    boolean utf8,
    long longestLine,
    long unclosedQuoteLine,
    long widestQuote,
    long widestQuoteLine,
    long loneCrLine) {

  /**
   * Quoting states: at a field's start, in an unquoted field (its quotes are literal), in quotes,
   * after a quote in quotes, and after the closing quote of a field that opened quoted (a further
   * quote opens quotes again, as FastCSV reads it).
   */
  private static final int START = 0;

  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  private static final int AFTER = 4;

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
      Quotes quotes = new Quotes();
      int n;
      while ((n = in.read(chunk)) > 0) {
        digest.update(chunk, 0, n);
        int from = size == 0 && n >= 3 && bom(chunk) ? 3 : 0;
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
          if (i >= from) {
            quotes.next(b);
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
      return new ByteScan(
          HexFormat.of().formatHex(digest.digest()),
          size,
          nul,
          utf8,
          longest,
          quotes.state == QUOTED ? quotes.openLine : 0,
          quotes.widest,
          quotes.widestLine,
          quotes.loneCrLine == 0 && quotes.pendingCr ? quotes.crLine : quotes.loneCrLine);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new EsrLinkException("SHA-256 is not available", e);
    }
  }

  private static boolean bom(byte[] chunk) {
    return chunk[0] == (byte) 0xEF && chunk[1] == (byte) 0xBB && chunk[2] == (byte) 0xBF;
  }

  /** Follows quoting byte by byte as FastCSV reads it. */
  private static final class Quotes {
    int state = START;
    long line = 1;
    long openLine;
    long span;
    long widest;
    long widestLine;
    boolean pendingCr;
    long crLine;
    long loneCrLine;

    void next(byte b) {
      if (pendingCr) {
        pendingCr = false;
        if (b != '\n' && loneCrLine == 0) {
          loneCrLine = crLine;
        }
      }
      if (b == '\r' && state != QUOTED) {
        pendingCr = true;
        crLine = line;
      }
      switch (state) {
        case START -> {
          if (b == '"') {
            state = QUOTED;
            openLine = line;
            span = 1;
            widen();
          } else if (b != ',' && b != '\n' && b != '\r') {
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (b == ',' || b == '\n' || b == '\r') {
            state = START;
          }
        }
        case QUOTED -> {
          if (b == '"') {
            state = QUOTE_SEEN;
          } else if (b == '\n') {
            span++;
            widen();
          }
        }
        case QUOTE_SEEN -> {
          if (b == '"') {
            state = QUOTED;
          } else {
            state = b == ',' || b == '\n' || b == '\r' ? START : AFTER;
          }
        }
        default -> {
          if (b == '"') {
            state = QUOTED;
          } else if (b == ',' || b == '\n' || b == '\r') {
            state = START;
          }
        }
      }
      if (b == '\n') {
        line++;
      }
    }

    private void widen() {
      if (span > widest) {
        widest = span;
        widestLine = openLine;
      }
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
