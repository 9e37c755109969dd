package dev.esrlink.ingest;

import dev.esrlink.file.Inspection;

/**
 * What an applier needs to know of the file being applied.
 *
 * @param order the file's source order (rule 8)
 * @param newer for a position file older than the newest RMF applied, that RMF; else null
 * @param rtc RTC rows for RMF/RMC, else null
 * @param firstLoad whether the file is the first load of its kind for its Local Office, applied
 *     without reading the stored items ({@code Sequences.firstLoad})
 */
record ApplyContext(
    Inspection inspection,
    String order,
    FullSnapshot.Newest newer,
    RtcRows rtc,
    FileReport report,
    boolean firstLoad) {

  ApplyContext(
      Inspection inspection,
      String order,
      FullSnapshot.Newest newer,
      RtcRows rtc,
      FileReport report) {
    this(inspection, order, newer, rtc, report, false);
  }

  /** Whether the file is older than a full snapshot already applied. */
  boolean superseded() {
    return newer != null;
  }

  String fileName() {
    return inspection.name().render();
  }

  String localOffice() {
    return inspection.name().localOffice();
  }
}
