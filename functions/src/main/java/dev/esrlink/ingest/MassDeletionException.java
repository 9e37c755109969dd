package dev.esrlink.ingest;

import dev.esrlink.file.FileRejectedException;

/**
 * A full file that would delete more than its Local Office's share of live positions (rule 7): the
 * one quarantine an operator may release, since the file itself is sound.
 */
public class MassDeletionException extends FileRejectedException {
  private static final long serialVersionUID = 1L;

  /** The value of a report's {@code quarantineRule} for this quarantine. */
  public static final String RULE = "MASS_DELETION";

  public MassDeletionException(String reason) {
    super(reason);
  }
}
