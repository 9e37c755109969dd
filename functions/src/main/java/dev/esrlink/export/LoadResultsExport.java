package dev.esrlink.export;

import dev.esrlink.file.FileType;
import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.LoadResults;
import dev.esrlink.store.LoadResults.StoredResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LOADRESULTS (the LETB job, both modes): the load results of APC and DCC files not sent before.
 */
@ApplicationScoped
public class LoadResultsExport implements ClaimingExport<StoredResult> {
  private final LoadResults results;

  @Inject
  public LoadResultsExport(LoadResults results) {
    this.results = results;
  }

  @Override
  public FileType type() {
    return FileType.LOADRESULTS;
  }

  @Override
  public List<StoredResult> due(ExportScope scope) {
    return results.pending(scope.lo());
  }

  @Override
  public void claim(ExportScope scope, List<StoredResult> due, Run run) {
    results.claim(due, run.sequence());
  }

  /** In the order of the confirmation files and their lines. */
  @Override
  public List<Map<String, String>> claimed(String lo, Run run) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (StoredResult result : results.claimedBy(lo, run.sequence())) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("placementId", result.placementId());
      row.put("tpn", result.tpn() == null ? null : result.tpn().value());
      row.put("ref", result.ref());
      row.put("kind", result.kind());
      row.put("status", result.status());
      row.put("message", result.message());
      row.put("sourceFile", result.sourceFile());
      rows.add(row);
    }
    return rows;
  }
}
