package dev.esrlink.emulator;

/** The emulators could not be started, reached or stopped. */
public class EmulatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmulatorException(String message) {
    super(message);
  }

  public EmulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
