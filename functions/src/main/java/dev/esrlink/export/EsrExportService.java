package dev.esrlink.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The exports to ESR of one Local Office: APP (14:00), DNC (15:00), DNF (on request). */
@ApplicationScoped
public class EsrExportService {
  private final ExportLifecycle lifecycle;
  private final ApplicantExport applicants;
  private final NotificationExport notifications;
  private final NotificationSnapshot snapshot;

  @Inject
  public EsrExportService(
      ExportLifecycle lifecycle,
      ApplicantExport applicants,
      NotificationExport notifications,
      NotificationSnapshot snapshot) {
    this.lifecycle = lifecycle;
    this.applicants = applicants;
    this.notifications = notifications;
    this.snapshot = snapshot;
  }

  /** Writes today's APP file, if any applicant is due; returns its key. */
  public Optional<String> applicants(String lo) {
    return lifecycle.run(applicants, lo);
  }

  /** Raises what today's state calls for, then writes every pending notification in a DNC. */
  public Optional<String> notifications(String lo) {
    return lifecycle.run(notifications, lo);
  }

  /** DNF on request: one type 1 per live matched position, as of today. */
  public Optional<String> snapshot(String lo) {
    return lifecycle.run(snapshot, lo);
  }
}
