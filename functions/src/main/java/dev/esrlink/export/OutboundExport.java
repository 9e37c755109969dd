package dev.esrlink.export;

import dev.esrlink.file.FileType;

/**
 * One outbound file type, run for a Local Office by {@link ExportLifecycle}: either a {@link
 * ClaimingExport} (it claims what it sends) or a {@link DailySnapshot} (the state as of today).
 */
public interface OutboundExport {
  /** Its file type, which names its run, its sequence and its layout. */
  FileType type();

  /** The record type of its data records in a DAT file (the layout they are written with). */
  default String recordType() {
    return type().name();
  }

  /** Whether it runs only for Local Offices in Full Records mode (an export to the LETB). */
  default boolean fullRecordsOnly() {
    return false;
  }
}
