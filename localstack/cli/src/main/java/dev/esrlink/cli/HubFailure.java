package dev.esrlink.cli;

/** The hub itself failed (exit status 1): a function, an emulator, a missing build. */
public class HubFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HubFailure(String message) {
    super(message);
  }

  public HubFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
