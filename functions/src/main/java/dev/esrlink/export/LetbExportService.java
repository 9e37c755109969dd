package dev.esrlink.export;

import dev.esrlink.config.ModeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The exports to the LETB of one Local Office (16:00): LOADRESULTS in both modes; RECONCILIATION
 * and ESRUPDATES in Full Records mode only.
 */
@ApplicationScoped
public class LetbExportService {
  private final ExportLifecycle lifecycle;
  private final LoadResultsExport loadResults;
  private final ReconciliationExport reconciliation;
  private final PersonUpdatesExport updates;
  private final ModeConfig modes;

  @Inject
  public LetbExportService(
      ExportLifecycle lifecycle,
      LoadResultsExport loadResults,
      ReconciliationExport reconciliation,
      PersonUpdatesExport updates,
      ModeConfig modes) {
    this.lifecycle = lifecycle;
    this.loadResults = loadResults;
    this.reconciliation = reconciliation;
    this.updates = updates;
    this.modes = modes;
  }

  /** Runs the day's LETB exports; returns the keys written. */
  public List<String> export(String lo) {
    List<String> written = new ArrayList<>();
    lifecycle.run(loadResults, lo).ifPresent(written::add);
    if (modes.isFullRecords(lo)) {
      written.addAll(reconciliationAndUpdates(lo));
    }
    return written;
  }

  /**
   * The Full Records exports, whatever the Local Office's configured mode (for operators and
   * tests), on one load of the state.
   */
  public List<String> reconciliationAndUpdates(String lo) {
    List<String> written = new ArrayList<>();
    ExportScope scope = lifecycle.scope(lo);
    lifecycle.run(reconciliation, scope).ifPresent(written::add);
    lifecycle.run(updates, scope).ifPresent(written::add);
    return written;
  }
}
