package dev.esrlink.file;

import dev.esrlink.core.EsrLinkException;

/**
 * A whole file cannot be trusted (name, Local Office, HDR/TRL, bytes, required column, mass
 * deletion): it is quarantined with {@link #getMessage()} as the reason, and nothing is applied.
 */
public class FileRejectedException extends EsrLinkException {
  private static final long serialVersionUID = 1L;

  public FileRejectedException(String reason) {
    super(reason);
  }
}
