package dev.esrlink.file;

/**
 * Every file type of the interface, with its side (DAT for ESR, CSV for the LETB) and direction.
 */
public enum FileType {
  RMF(Format.DAT, true),
  RMC(Format.DAT, true),
  APC(Format.DAT, true),
  DCC(Format.DAT, true),
  APP(Format.DAT, false),
  DNC(Format.DAT, false),
  DNF(Format.DAT, false),
  RTC(Format.DAT, false),
  POSTS(Format.CSV, true),
  TRAINEES(Format.CSV, true),
  PLACEMENTS(Format.CSV, true),
  RECONCILIATION(Format.CSV, false),
  ESRUPDATES(Format.CSV, false),
  LOADRESULTS(Format.CSV, false);

  /** DAT files (ESR side) or CSV files (LETB side). */
  public enum Format {
    DAT,
    CSV
  }

  private final Format format;
  private final boolean inbound;

  FileType(Format format, boolean inbound) {
    this.format = format;
    this.inbound = inbound;
  }

  public Format format() {
    return format;
  }

  public boolean inbound() {
    return inbound;
  }
}
