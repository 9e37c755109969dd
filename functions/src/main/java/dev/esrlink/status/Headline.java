package dev.esrlink.status;

/** One Local Office's line on the index page. */
public record Headline(
    String lo,
    String mode,
    int files,
    long rejected,
    int matchedShare,
    int placements,
    int due,
    int heldByCap,
    int sent,
    int confirmed,
    int failedAtLoad,
    int pendingNotifications) {

  static Headline of(OfficeFigures f) {
    return new Headline(
        f.lo(),
        f.mode(),
        f.files().size(),
        f.files().stream().mapToLong(OfficeFigures.FileRow::rejected).sum(),
        f.matching().matchedShare(),
        f.stages().values().stream().mapToInt(Integer::intValue).sum(),
        f.stage("DUE"),
        f.stage("HELD_BY_CAP"),
        f.stage("SENT"),
        f.stage("CONFIRMED"),
        f.stage("FAILED_AT_LOAD"),
        f.notifications().pending());
  }
}
