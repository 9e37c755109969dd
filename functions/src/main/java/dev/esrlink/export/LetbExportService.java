package dev.esrlink.export;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.config.ModeConfig;
import dev.esrlink.file.FileType;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.PersonUpdates;
import dev.esrlink.matching.Reconciliation;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import dev.esrlink.store.StoredRecord;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The exports to the LETB of one Local Office (16:00): LOADRESULTS in both modes; RECONCILIATION
 * and ESRUPDATES in Full Records mode only.
 */
@ApplicationScoped
public class LetbExportService {
  private static final Logger LOG = Logger.getLogger(LetbExportService.class);
  private static final List<String> LOAD_RESULT_FIELDS =
      List.of("placementId", "tpn", "ref", "kind", "status", "message", "sourceFile");

  @Inject StateLoader loader;
  @Inject PersonUpdates personUpdates;
  @Inject ExportRuns runs;
  @Inject OutboundFiles files;
  @Inject TableStore store;
  @Inject BucketsConfig buckets;
  @Inject ModeConfig modes;
  @Inject HubClock clock;

  /** Runs the day's LETB exports; returns the keys written. */
  public List<String> export(String lo) {
    List<String> written = new ArrayList<>();
    loadResults(lo).ifPresent(written::add);
    if (modes.isFullRecords(lo)) {
      written.addAll(reconciliationAndUpdates(lo));
    }
    return written;
  }

  /**
   * The Full Records exports, whatever the Local Office's configured mode (for operators and
   * tests).
   */
  public List<String> reconciliationAndUpdates(String lo) {
    List<String> written = new ArrayList<>();
    LocalOfficeState state = loader.load(lo);
    reconciliation(lo, state).ifPresent(written::add);
    updates(lo, state).ifPresent(written::add);
    return written;
  }

  Optional<String> loadResults(String lo) {
    ExportRuns.Run run = runs.open(lo, "LOADRESULTS").orElse(null);
    if (run == null) {
      List<Item> pending =
          store.queryLocalOffice(lo + "#LR").stream().filter(i -> i.flag("pending")).toList();
      if (pending.isEmpty()) {
        return Optional.empty();
      }
      run = runs.start(lo, "LOADRESULTS", seq -> files.name(lo, FileType.LOADRESULTS, seq));
      long seq = run.sequence();
      store.batchPut(
          pending.stream().map(i -> i.copy().put("pending", false).put("seq", seq)).toList());
    }
    long seq = run.sequence();
    List<Item> claimed =
        new ArrayList<>(
            store.queryLocalOffice(lo + "#LR").stream()
                .filter(i -> i.number("seq", -1) == seq)
                .toList());
    claimed.sort(java.util.Comparator.comparing(Item::sk));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Item item : claimed) {
      Map<String, String> row = new LinkedHashMap<>();
      LOAD_RESULT_FIELDS.forEach(f -> row.put(f, item.string(f)));
      rows.add(row);
    }
    return Optional.of(finish(run, FileType.LOADRESULTS, rows));
  }

  Optional<String> reconciliation(String lo, LocalOfficeState state) {
    List<Map<String, String>> rows = Reconciliation.rows(state);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String day = clock.today().toString();
    ExportRuns.Run run =
        runs.ofDay(lo, "RECONCILIATION", day)
            .or(() -> runs.open(lo, "RECONCILIATION"))
            .orElseGet(
                () ->
                    runs.start(
                        lo, "RECONCILIATION", seq -> files.name(lo, FileType.RECONCILIATION, seq)));
    runs.recordDay(run, day);
    return Optional.of(finish(run, FileType.RECONCILIATION, rows));
  }

  Optional<String> updates(String lo, LocalOfficeState state) {
    ExportRuns.Run run = runs.open(lo, "ESRUPDATES").orElse(null);
    if (run == null) {
      Map<String, StoredRecord> trainees = loader.trainees(state);
      List<Map<String, String>> candidates = personUpdates.rows(state, trainees);
      List<Item> keys = candidates.stream().map(LetbExportService::sentKey).toList();
      Map<String, Item> sent = store.batchGet(keys);
      List<Item> fresh = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if (!sent.containsKey(TableStore.keyOf(keys.get(i)))) {
          fresh.add(
              keys.get(i)
                  .put("LOPK", lo + "#UPD")
                  .put("LOSK", String.format("%06d", i))
                  .putAll("row.", candidates.get(i)));
        }
      }
      if (fresh.isEmpty()) {
        return Optional.empty();
      }
      run = runs.start(lo, "ESRUPDATES", seq -> files.name(lo, FileType.ESRUPDATES, seq));
      long seq = run.sequence();
      store.batchPut(fresh.stream().map(i -> i.put("seq", seq)).toList());
    }
    long seq = run.sequence();
    List<Map<String, String>> rows = new ArrayList<>();
    store.queryLocalOffice(lo + "#UPD").stream()
        .filter(i -> i.number("seq", -1) == seq)
        .forEach(i -> rows.add(i.strings("row.")));
    rows.sort(
        java.util.Comparator.comparing((Map<String, String> r) -> r.get("traineeId"))
            .thenComparing(r -> r.get("field")));
    return Optional.of(finish(run, FileType.ESRUPDATES, rows));
  }

  /** Each (trainee, field, new value) is sent once. */
  private static Item sentKey(Map<String, String> row) {
    return Item.keyed(
        "UPD#" + row.get("traineeId"),
        row.get("field") + "#" + Keys.digest(row.get("newValue"), 16));
  }

  private String finish(ExportRuns.Run run, FileType type, List<Map<String, String>> rows) {
    files.writeCsv(buckets.letbOutbound(), run, type, rows);
    if (runs.open(run.lo(), run.type()).isPresent()) {
      runs.close(run, rows.size());
    }
    LOG.infof(
        "{\"event\":\"export.written\",\"lo\":\"%s\",\"type\":\"%s\",\"file\":\"%s\",\"rows\":%d}",
        run.lo(), type, run.key(), rows.size());
    return run.key();
  }
}
