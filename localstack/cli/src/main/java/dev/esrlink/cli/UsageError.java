package dev.esrlink.cli;

/** The command line asks for something impossible (exit status 2): the message says what. */
public class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageError(String message) {
    super(message);
  }
}
