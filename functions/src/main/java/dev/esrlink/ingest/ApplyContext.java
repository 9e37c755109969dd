package dev.esrlink.ingest;

import dev.esrlink.file.Inspection;

/**
 * What an applier needs to know of the file being applied.
 *
 * @param order the file's source order (rule 8)
 * @param superseded whether everything in the file is older than a full snapshot already applied
 * @param rtc RTC rows for RMF/RMC, else null
 */
record ApplyContext(
    Inspection inspection, String order, boolean superseded, RtcRows rtc, FileReport report) {

  String fileName() {
    return inspection.name().render();
  }

  String localOffice() {
    return inspection.name().localOffice();
  }
}
