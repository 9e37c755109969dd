package dev.esrlink.export;

import dev.esrlink.config.ModeConfig;
import dev.esrlink.file.FileType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The exports to the LETB of one Local Office (the LETB job): every CSV {@link OutboundExport}, in
 * file type order, those for Full Records mode only (RECONCILIATION, ESRUPDATES) after the others
 * (LOADRESULTS) and only for Local Offices in that mode.
 */
@ApplicationScoped
public class LetbExportService {
  private final ExportLifecycle lifecycle;
  private final ModeConfig modes;
  private final List<OutboundExport> bothModes = new ArrayList<>();
  private final List<OutboundExport> fullRecords = new ArrayList<>();

  @Inject
  public LetbExportService(
      ExportLifecycle lifecycle, Instance<OutboundExport> exports, ModeConfig modes) {
    this.lifecycle = lifecycle;
    this.modes = modes;
    List<OutboundExport> letb = new ArrayList<>();
    exports.forEach(
        e -> {
          if (e.type().format() == FileType.Format.CSV) {
            letb.add(e);
          }
        });
    letb.sort(Comparator.comparing(OutboundExport::type));
    letb.forEach(e -> (e.fullRecordsOnly() ? fullRecords : bothModes).add(e));
  }

  /** Runs the day's LETB exports; returns the keys written. */
  public List<String> export(String lo) {
    List<String> written = new ArrayList<>();
    ExportScope scope = lifecycle.scope(lo);
    bothModes.forEach(e -> lifecycle.run(e, scope).ifPresent(written::add));
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
    fullRecords.forEach(e -> lifecycle.run(e, scope).ifPresent(written::add));
    return written;
  }
}
