package dev.esrlink.ingest;

import dev.esrlink.file.Inspection;

/**
 * What an applier needs to know of the file being applied.
 *
 * @param order the file's source order (rule 8)
 * @param superseded whether everything in the file is older than a full snapshot already applied
 * @param rtc RTC rows for RMF/RMC, else null
 * @param firstLoad whether the file is the first load of its kind for its Local Office, applied
 *     without reading the stored items ({@code Sequences.firstLoad})
 */
record ApplyContext(
    Inspection inspection,
    String order,
    boolean superseded,
    RtcRows rtc,
    FileReport report,
    boolean firstLoad) {

  ApplyContext(
      Inspection inspection, String order, boolean superseded, RtcRows rtc, FileReport report) {
    this(inspection, order, superseded, rtc, report, false);
  }

  String fileName() {
    return inspection.name().render();
  }

  String localOffice() {
    return inspection.name().localOffice();
  }
}
