package dev.esrlink.ingest;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.store.Receipt;
import dev.esrlink.store.ReceiptTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One receipt per inbound file name (rule 10): the SHA-256 of the object last processed under it,
 * its status, its report, and a processing lease so that two deliveries at once have one effect and
 * a delivery after a crash resumes the file.
 */
@ApplicationScoped
public class Receipts {
  static final String PROCESSING = "PROCESSING";
  static final long LEASE_SECONDS = 120;

  /** What a delivery of an object means, given the receipt of its name. */
  public enum Decision {
    PROCESS,
    REPEAT,
    CONFLICT,
    IN_PROGRESS
  }

  /** The decision, the receipt as it was, and the report to start from. */
  public record Claim(Decision decision, FileReport report) {}

  private final ReceiptTable store;

  @Inject
  public Receipts(ReceiptTable store) {
    this.store = store;
  }

  public Claim claim(String bucket, String name, String sha256, Instant now) {
    Receipt fresh =
        Receipt.fresh(bucket, name)
            .sha256(sha256)
            .status(PROCESSING)
            .leaseUntil(now.getEpochSecond() + LEASE_SECONDS);
    FileReport report = new FileReport();
    report.file = name;
    withReport(fresh, report);
    if (store.putIfAbsent(fresh)) {
      return new Claim(Decision.PROCESS, report);
    }
    Receipt existing =
        store
            .get(bucket, name)
            .orElseThrow(() -> new EsrLinkException("receipt vanished for " + name));
    FileReport stored = Json.read(existing.reportSummary());
    boolean same = sha256.equals(existing.sha256());
    String status = existing.status();
    if (PROCESSING.equals(status)) {
      return processing(existing, same, now, name);
    }
    if (same) {
      return new Claim(Decision.REPEAT, stored);
    }
    if ("APPLIED".equals(status)) {
      return new Claim(Decision.CONFLICT, stored);
    }
    return restart(existing, stored, sha256, now);
  }

  private Claim processing(Receipt existing, boolean same, Instant now, String name) {
    if (!same) {
      throw new EsrLinkException(
          "another object under " + name + " is being processed; this delivery is retried");
    }
    if (existing.leaseUntil() > now.getEpochSecond()) {
      return new Claim(Decision.IN_PROGRESS, Json.read(existing.reportSummary()));
    }
    Receipt takeover = existing.copy().leaseUntil(now.getEpochSecond() + LEASE_SECONDS);
    if (!store.replace(takeover, existing)) {
      return new Claim(Decision.IN_PROGRESS, Json.read(existing.reportSummary()));
    }
    return new Claim(Decision.PROCESS, Json.read(existing.reportSummary()));
  }

  private Claim restart(Receipt existing, FileReport stored, String sha256, Instant now) {
    FileReport.Outcome earlier = outcome(existing.sha256(), stored);
    FileReport report = new FileReport();
    report.file = stored.file;
    report.previous.addAll(stored.previous);
    report.previous.add(earlier);
    Receipt next =
        existing
            .copy()
            .sha256(sha256)
            .status(PROCESSING)
            .leaseUntil(now.getEpochSecond() + LEASE_SECONDS)
            .noRtcSequence();
    withReport(next, report);
    if (!store.replace(next, existing)) {
      throw new EsrLinkException(
          "receipt of " + stored.file + " changed meanwhile; this delivery is retried");
    }
    return new Claim(Decision.PROCESS, report);
  }

  /** What an operator asks of a file already handled. */
  public enum Rerun {
    /** Process a file quarantined by the mass-deletion guard as if the guard had passed. */
    RELEASE,
    /** Process an applied file again (after a fix), with no double effect. */
    REPROCESS
  }

  /**
   * Reopens the receipt of an object already handled for an operator's rerun, or throws {@link
   * RerunRefused} with the reason: the receipt goes back to {@code PROCESSING} under a lease, its
   * outcome moves to {@code previous}, and the note is kept in the report ({@code released} or
   * {@code reprocessed}). A release takes a new RTC sequence; a reprocess keeps the one sent.
   */
  public FileReport reopen(
      String bucket,
      String name,
      String sha256,
      Rerun kind,
      FileReport.OperatorNote note,
      Instant now) {
    Receipt existing =
        store
            .get(bucket, name)
            .orElseThrow(() -> new RerunRefused("no file named " + name + " has been received"));
    FileReport stored = Json.read(existing.reportSummary());
    String status = existing.status();
    if (PROCESSING.equals(status)) {
      throw new RerunRefused(
          name + " is being processed; try again once its report shows the outcome");
    }
    if (!sha256.equals(existing.sha256())) {
      throw new RerunRefused(
          "the object now under "
              + name
              + " is not the one its report describes; its own delivery decides what happens");
    }
    refuseUnlessFit(name, kind, status, stored);
    FileReport.Outcome earlier = outcome(existing.sha256(), stored);
    FileReport report = new FileReport();
    report.file = stored.file;
    report.deliveries = stored.deliveries;
    report.conflicts.addAll(stored.conflicts);
    report.previous.addAll(stored.previous);
    report.previous.add(earlier);
    report.released = stored.released;
    report.reprocessed.addAll(stored.reprocessed);
    Receipt next =
        existing.copy().status(PROCESSING).leaseUntil(now.getEpochSecond() + LEASE_SECONDS);
    if (kind == Rerun.RELEASE) {
      report.released = note;
      next.noRtcSequence();
    } else {
      report.reprocessed.add(note);
    }
    withReport(next, report);
    if (!store.replace(next, existing)) {
      throw new RerunRefused(name + " changed meanwhile; try again");
    }
    return report;
  }

  private static void refuseUnlessFit(String name, Rerun kind, String status, FileReport stored) {
    if (kind == Rerun.RELEASE && !"QUARANTINED".equals(status)) {
      throw new RerunRefused(name + " is " + status + ", not quarantined: nothing to release");
    }
    if (kind == Rerun.RELEASE && !MassDeletionException.RULE.equals(stored.quarantineRule)) {
      throw new RerunRefused(
          name
              + " was quarantined for its content ("
              + stored.reason
              + "): only a mass-deletion quarantine can be released; upload a corrected file"
              + " under the same name");
    }
    if (kind == Rerun.REPROCESS && !"APPLIED".equals(status)) {
      throw new RerunRefused(
          name
              + " is "
              + status
              + ", not applied: release it (mass deletion) or upload a corrected file under the"
              + " same name");
    }
  }

  /** Why an operator's rerun of a file is refused; nothing was changed. */
  public static class RerunRefused extends EsrLinkException {
    private static final long serialVersionUID = 1L;

    public RerunRefused(String reason) {
      super(reason);
    }
  }

  private static FileReport.Outcome outcome(String sha256, FileReport stored) {
    FileReport.Outcome earlier = new FileReport.Outcome();
    earlier.sha256 = sha256;
    earlier.status = stored.status;
    earlier.reason = stored.reason;
    earlier.read = stored.read;
    earlier.applied = stored.applied;
    earlier.rejected = stored.rejected;
    return earlier;
  }

  /**
   * The RTC sequence of this file: the one an earlier attempt took, else a new one taken by {@code
   * take} together with its record in the receipt (given the receipt's version and the receipt as
   * it is to be written for a sequence), so that no number is taken that the receipt does not keep.
   */
  public long rtcSequence(String bucket, String name, RtcTaker take) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Receipt existing =
          store.get(bucket, name).orElseThrow(() -> new EsrLinkException("no receipt for " + name));
      if (existing.rtcSequence().isPresent()) {
        return existing.rtcSequence().getAsLong();
      }
      long version = existing.version();
      java.util.OptionalLong taken =
          take.take(version, sequence -> existing.nextWithRtcSequence(sequence));
      if (taken.isPresent()) {
        return taken.getAsLong();
      }
    }
    throw new EsrLinkException("receipt of " + name + " kept changing; this delivery is retried");
  }

  /** Takes an outbound sequence and writes the receipt holding it, at the receipt's version. */
  public interface RtcTaker {
    java.util.OptionalLong take(long version, java.util.function.LongFunction<Receipt> receiptFor);
  }

  /**
   * Changes the receipt and its report with an optimistic version check, retried; returns the
   * report as stored.
   */
  public FileReport update(
      String bucket,
      String name,
      Consumer<Receipt> receiptChange,
      Consumer<FileReport> reportChange) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Receipt existing =
          store.get(bucket, name).orElseThrow(() -> new EsrLinkException("no receipt for " + name));
      FileReport report = Json.read(existing.reportSummary());
      reportChange.accept(report);
      Receipt next = withReport(existing.copy(), report);
      receiptChange.accept(next);
      if (store.replace(next, existing)) {
        return report;
      }
    }
    throw new EsrLinkException("receipt of " + name + " kept changing; this delivery is retried");
  }

  /**
   * Extends the lease of the object with this SHA-256 under {@code name} to a whole lease from now,
   * while it is being processed; false (and nothing changed) once it is not.
   */
  public boolean renew(String bucket, String name, String sha256, Instant now) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Optional<Receipt> existing = store.get(bucket, name);
      if (existing.isEmpty()
          || !PROCESSING.equals(existing.get().status())
          || !sha256.equals(existing.get().sha256())) {
        return false;
      }
      Receipt next = existing.get().copy().leaseUntil(now.getEpochSecond() + LEASE_SECONDS);
      if (store.replace(next, existing.get())) {
        return true;
      }
    }
    return false;
  }

  /** Gives the lease up after a failure, so the retry of this delivery resumes at once. */
  public void release(String bucket, String name) {
    update(bucket, name, receipt -> receipt.leaseUntil(0), r -> {});
  }

  /** Finishes processing: the final status and report; deliveries counted meanwhile are kept. */
  public FileReport finish(String bucket, String name, FileReport outcome) {
    return update(
        bucket,
        name,
        receipt -> receipt.status(outcome.status).noLease(),
        report -> {
          long deliveries = report.deliveries;
          copyOutcome(outcome, report);
          report.deliveries = deliveries;
        });
  }

  private static void copyOutcome(FileReport from, FileReport to) {
    to.status = from.status;
    to.reason = from.reason;
    to.quarantineRule = from.quarantineRule;
    to.encoding = from.encoding;
    to.read = from.read;
    to.applied = from.applied;
    to.rejected = from.rejected;
    to.rejections = from.rejections;
    to.rejectionsByRule = from.rejectionsByRule;
    to.warnings = from.warnings;
  }

  /**
   * The receipt holds the report's summary (no list of rejected records: an item is at most 400 KB)
   * and the key of the whole report in the operations bucket. A receipt written before holds the
   * whole report inline; it is read the same way and holds the summary from its next change.
   */
  private static Receipt withReport(Receipt receipt, FileReport report) {
    return receipt.report(Json.write(report.summary()), ReportReader.key(report.file));
  }
}
