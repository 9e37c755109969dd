package dev.esrlink.file;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through, skipping a leading byte-order mark, and stops a file whose physical
 * line is longer than the limit or that holds a NUL character.
 */
final class LineGuardReader extends FilterReader {
  private final int maxLineLength;
  private long line = 1;
  private int column;
  private boolean first = true;

  LineGuardReader(Reader in, int maxLineLength) {
    super(in);
    this.maxLineLength = maxLineLength;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n <= 0) {
      return n;
    }
    if (first) {
      first = false;
      if (buf[off] == '\uFEFF') {
        System.arraycopy(buf, off + 1, buf, off, n - 1);
        n--;
        if (n == 0) {
          return read(buf, off, len);
        }
      }
    }
    for (int i = off; i < off + n; i++) {
      check(buf[i]);
    }
    return n;
  }

  private void check(char c) {
    if (c == '\n') {
      line++;
      column = 0;
      return;
    }
    if (c == '\0') {
      throw new FileRejectedException(
          "file holds a NUL character on line " + line + ": unreadable");
    }
    if (++column > maxLineLength) {
      throw new FileRejectedException(
          "line " + line + " is longer than the limit of " + maxLineLength + " characters");
    }
  }
}
