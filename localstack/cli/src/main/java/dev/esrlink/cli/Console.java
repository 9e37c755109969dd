package dev.esrlink.cli;

import java.io.PrintStream;

/**
 * Output of the command line: result lines on standard output, errors on standard error, and
 * progress as one live line on a terminal, or as plain lines (at most one every few seconds) when
 * output goes to a file or pipe.
 */
final class Console {

  private static final long PLAIN_PROGRESS_INTERVAL_MILLIS = 5_000;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private boolean liveLineShown;
  private long lastPlainProgress = System.currentTimeMillis();

  Console(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  static Console system() {
    return new Console(System.out, System.err, System.console() != null);
  }

  synchronized void line(String text) {
    clearLiveLine();
    out.println(text);
    out.flush();
  }

  synchronized void error(String text) {
    clearLiveLine();
    err.println("esrlink-local: " + text);
    err.flush();
  }

  synchronized void progress(String text) {
    if (terminal) {
      out.print("\r\033[K" + text);
      out.flush();
      liveLineShown = true;
      return;
    }
    long now = System.currentTimeMillis();
    if (now - lastPlainProgress >= PLAIN_PROGRESS_INTERVAL_MILLIS) {
      lastPlainProgress = now;
      out.println(text);
      out.flush();
    }
  }

  synchronized void clearLiveLine() {
    if (liveLineShown) {
      out.print("\r\033[K");
      liveLineShown = false;
    }
  }
}
