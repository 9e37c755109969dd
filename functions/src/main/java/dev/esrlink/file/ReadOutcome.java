package dev.esrlink.file;

/** What reading one data record gave: a {@link DataRecord} or a {@link Rejection}. */
public sealed interface ReadOutcome permits DataRecord, Rejection {
  /** Physical, 1-based line where the record starts. */
  long line();

  String recordType();

  /** The record's key (positionId, personId, tpn, traineeId, ...), or null when unreadable. */
  String key();
}
