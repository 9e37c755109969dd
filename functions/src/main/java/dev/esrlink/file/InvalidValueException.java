package dev.esrlink.file;

import dev.esrlink.core.EsrLinkException;

/** A field value broke its rule; the message is the rule, never the value. */
public class InvalidValueException extends EsrLinkException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String rule) {
    super(rule);
  }
}
