package dev.esrlink.export;

import dev.esrlink.store.Item;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Export runs (rule 9): a run takes its sequence and opens in one transaction, claims what it
 * sends, writes its file, then closes. A run that died is found open by the next one, which
 * rewrites the same file under the same sequence, so no sequence is skipped or used twice.
 */
@ApplicationScoped
public class ExportRuns {
  private final TableStore store;

  /** An open run: its sequence and the object key of its file. */
  public record Run(String lo, String type, long sequence, String key) {}

  @Inject
  public ExportRuns(TableStore store) {
    this.store = store;
  }

  public Optional<Run> open(String lo, String type) {
    return store
        .get(pk(lo, type), "OPEN")
        .map(i -> new Run(lo, type, i.number("seq", 0), i.string("key")));
  }

  /** Takes the next sequence and opens a run with it, atomically. */
  public Run start(String lo, String type, java.util.function.LongFunction<String> keyForSequence) {
    return store
        .takeSequenceAndOpen("SEQ#" + lo + "#" + type, pk(lo, type), keyForSequence)
        .map(item -> new Run(lo, type, item.number("seq", 0), item.string("key")))
        .orElseThrow();
  }

  public void close(Run run, long rows) {
    store.put(
        Item.keyed(pk(run.lo(), run.type()), String.format("%012d", run.sequence()))
            .put("key", run.key())
            .put("rows", rows));
    store.delete(pk(run.lo(), run.type()), "OPEN");
  }

  /** A snapshot export made earlier the same day (rewritten, not repeated, when run again). */
  public Optional<Run> ofDay(String lo, String type, String day) {
    return store
        .get(pk(lo, type), "DAY#" + day)
        .map(i -> new Run(lo, type, i.number("seq", 0), i.string("key")));
  }

  public void recordDay(Run run, String day) {
    store.put(
        Item.keyed(pk(run.lo(), run.type()), "DAY#" + day)
            .put("seq", run.sequence())
            .put("key", run.key()));
  }

  private static String pk(String lo, String type) {
    return "RUN#" + lo + "#" + type;
  }
}
