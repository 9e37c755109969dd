package dev.esrlink.cli;

/** The command line asks for something impossible (exit status 2): the message says what. */
public class UsageError extends RuntimeException {

  public UsageError(String message) {
    super(message);
  }
}
