package dev.esrlink.export;

import dev.esrlink.file.FileType;
import dev.esrlink.matching.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** RECONCILIATION (the LETB job, Full Records mode): the matching state as of today. */
@ApplicationScoped
public class ReconciliationExport implements DailySnapshot {

  @Override
  public boolean fullRecordsOnly() {
    return true;
  }

  @Override
  public FileType type() {
    return FileType.RECONCILIATION;
  }

  @Override
  public List<Map<String, String>> rows(ExportScope scope) {
    return Reconciliation.rows(scope.state());
  }
}
