package dev.esrlink.operations;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.core.LocalOffice;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.ingest.Receipts;
import dev.esrlink.log.LogEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The operator's actions: release a file from a mass-deletion quarantine, re-drive the dead
 * letters, reprocess an applied file, request a DNF. Each is refused with its reason when it does
 * not fit, and each, done, refused or failed, appends one audit record.
 */
@ApplicationScoped
public class Operations {
  private static final Logger LOG = Logger.getLogger(Operations.class);
  private static final java.util.Set<String> ACTIONS =
      java.util.Set.of("release", "redrive", "reprocess", "dnf");

  private final IngestService ingest;
  private final Redrive redrive;
  private final EsrExportService esr;
  private final AuditLog audit;
  private final BucketsConfig buckets;
  private final HubClock clock;

  @Inject
  public Operations(
      IngestService ingest,
      Redrive redrive,
      EsrExportService esr,
      AuditLog audit,
      BucketsConfig buckets,
      HubClock clock) {
    this.ingest = ingest;
    this.redrive = redrive;
    this.esr = esr;
    this.audit = audit;
    this.buckets = buckets;
    this.clock = clock;
  }

  /** Why a request is refused before anything is done. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  public OperatorResult run(OperatorRequest request) {
    Instant now = clock.now();
    String action = request == null || request.action == null ? "" : lower(request.action);
    AuditRecord record = new AuditRecord();
    record.what.action = ACTIONS.contains(action) ? action : "unknown";
    OperatorResult result;
    try {
      if (request == null) {
        throw new Refused("the request is empty");
      }
      record.who = blankToNull(request.operator);
      record.why = blankToNull(request.reason);
      record.what.file = blankToNull(request.file);
      record.what.lo = request.lo == null ? null : request.lo.toUpperCase(Locale.ROOT);
      if (record.who == null) {
        throw new Refused("name the operator who asks (\"operator\")");
      }
      if (record.why == null) {
        throw new Refused("give the reason for the action (\"reason\")");
      }
      FileReport.OperatorNote note = FileReport.OperatorNote.of(now.toString(), record.why);
      result =
          switch (action) {
            case "release" -> rerun(request, Receipts.Rerun.RELEASE, note);
            case "reprocess" -> rerun(request, Receipts.Rerun.REPROCESS, note);
            case "redrive" -> redrive();
            case "dnf" -> dnf(record.what.lo);
            default ->
                throw new Refused(
                    "unknown action '" + action + "': release, redrive, reprocess or dnf");
          };
    } catch (Refused | Receipts.RerunRefused e) {
      result = OperatorResult.of(action, OperatorResult.REFUSED, e.getMessage());
    } catch (RuntimeException e) {
      LogEvent.of("operator.failed").with("action", action).error(LOG, e);
      result = OperatorResult.of(action, OperatorResult.FAILED, e.getMessage());
    }
    record.outcome = result.outcome;
    record.detail = result.message;
    record.redriven = result.redriven;
    result.audit = audit.append(record, now);
    LogEvent.of("operator.action")
        .with("action", record.what.action)
        .with("outcome", result.outcome)
        .with("audit", result.audit)
        .info(LOG);
    return result;
  }

  private OperatorResult rerun(
      OperatorRequest request, Receipts.Rerun kind, FileReport.OperatorNote note) {
    String name = blankToNull(request.file);
    if (name == null) {
      throw new Refused("name the inbound file (\"file\")");
    }
    String bucket = name.startsWith("LETB_") ? buckets.letbInbound() : buckets.esrInbound();
    FileReport report = ingest.rerun(bucket, name, kind, note);
    OperatorResult result =
        OperatorResult.of(
            lower(kind.name()),
            OperatorResult.DONE,
            name
                + " "
                + report.status
                + ": read "
                + report.read
                + ", applied "
                + report.applied
                + ", rejected "
                + report.rejected);
    result.report = report;
    return result;
  }

  private OperatorResult redrive() {
    List<Redelivery> outcomes = redrive.all();
    long done = outcomes.stream().filter(o -> o.outcome.equals(OperatorResult.DONE)).count();
    OperatorResult result =
        OperatorResult.of(
            "redrive",
            done == outcomes.size() ? OperatorResult.DONE : OperatorResult.FAILED,
            outcomes.isEmpty()
                ? "no dead letters waiting"
                : done + " of " + outcomes.size() + " dead letters delivered");
    result.redriven = outcomes;
    return result;
  }

  private OperatorResult dnf(String lo) {
    if (lo == null || !LocalOffice.isKnown(lo)) {
      throw new Refused("name a known Local Office (\"lo\"), not " + lo);
    }
    OperatorResult result = OperatorResult.of("dnf", OperatorResult.DONE, "");
    result.files = esr.snapshot(lo).stream().toList();
    result.message =
        result.files.isEmpty() ? "nothing to send" : "wrote " + String.join(", ", result.files);
    return result;
  }

  private static String lower(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
