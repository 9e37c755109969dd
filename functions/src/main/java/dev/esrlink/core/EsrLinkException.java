package dev.esrlink.core;

/** The one unchecked exception family of the domain. */
public class EsrLinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EsrLinkException(String message) {
    super(message);
  }

  public EsrLinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
