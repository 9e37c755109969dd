package dev.esrlink.export;

import dev.esrlink.config.HubClock;
import dev.esrlink.log.LogEvent;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.store.ExportRuns;
import dev.esrlink.store.ExportRuns.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The run of every outbound file (rule 9). A run takes its sequence and opens in one transaction,
 * claims what it sends, writes its file, then closes. A run that died is found open by the next
 * one, which rewrites the same file under the same sequence, so no sequence is skipped or used
 * twice; one that died before claiming anything claims now, so its sequence is not spent on an
 * empty file. A daily snapshot run made earlier the same day is rewritten, not repeated.
 */
@ApplicationScoped
public class ExportLifecycle {
  private static final Logger LOG = Logger.getLogger(ExportLifecycle.class);

  private final ExportRuns runs;
  private final OutboundFiles files;
  private final StateLoader loader;
  private final HubClock clock;

  @Inject
  public ExportLifecycle(ExportRuns runs, OutboundFiles files, StateLoader loader, HubClock clock) {
    this.runs = runs;
    this.files = files;
    this.loader = loader;
    this.clock = clock;
  }

  /** A scope for one or more exports of a Local Office today. */
  public ExportScope scope(String lo) {
    return new ExportScope(lo, clock.today(), loader);
  }

  /** Runs an export on its own; returns the key of the file written, if one was. */
  public Optional<String> run(OutboundExport export, String lo) {
    return run(export, scope(lo));
  }

  public Optional<String> run(OutboundExport export, ExportScope scope) {
    if (export instanceof ClaimingExport<?> claiming) {
      return claimed(claiming, scope);
    }
    if (export instanceof DailySnapshot snapshot) {
      return snapshot(snapshot, scope);
    }
    throw new IllegalArgumentException("no lifecycle for " + export.type());
  }

  private <T> Optional<String> claimed(ClaimingExport<T> export, ExportScope scope) {
    String lo = scope.lo();
    String type = export.type().name();
    Run run = runs.open(lo, type).orElse(null);
    if (run == null || export.claimed(lo, run).isEmpty()) {
      List<T> due = export.due(scope);
      if (due.isEmpty() && run == null) {
        return Optional.empty();
      }
      if (run == null) {
        run = runs.start(lo, type, seq -> files.name(lo, export.type(), seq));
      }
      export.claim(scope, due, run);
    }
    return Optional.of(finish(export, run, export.claimed(lo, run)));
  }

  private Optional<String> snapshot(DailySnapshot export, ExportScope scope) {
    List<Map<String, String>> rows = export.rows(scope);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    export.beforeWrite(rows);
    String lo = scope.lo();
    String type = export.type().name();
    String day = scope.today().toString();
    Run run =
        runs.ofDay(lo, type, day)
            .or(() -> runs.open(lo, type))
            .orElseGet(() -> runs.start(lo, type, seq -> files.name(lo, export.type(), seq)));
    runs.recordDay(run, day);
    return Optional.of(finish(export, run, rows));
  }

  private String finish(OutboundExport export, Run run, List<Map<String, String>> rows) {
    files.write(run, export.type(), export.recordType(), rows);
    if (runs.open(run.lo(), run.type()).isPresent()) {
      runs.close(run, rows.size());
    }
    LogEvent.of("export.written")
        .with("lo", run.lo())
        .with("type", export.type())
        .with("file", run.key())
        .with("rows", rows.size())
        .info(LOG);
    return run.key();
  }
}
