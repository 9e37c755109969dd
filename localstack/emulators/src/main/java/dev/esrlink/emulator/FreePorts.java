package dev.esrlink.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Picks free local TCP ports. */
final class FreePorts {

  private FreePorts() {}

  /** {@code requested} itself, or a free port when it is 0. */
  static int orFree(int requested) {
    return requested != 0 ? requested : free();
  }

  static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }
}
