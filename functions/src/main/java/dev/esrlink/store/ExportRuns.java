package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Export runs (rule 9), partition {@code RUN#<lo>#<type>}: the item {@code OPEN} while a run is
 * under way, one item per finished run under its sequence ({@code %012d}), and for a daily snapshot
 * one item {@code DAY#<date>} naming the run of that day. The sequence counter is {@code
 * SEQ#<lo>#<type>}/{@code OUT}; taking it and opening the run is one transaction.
 */
@ApplicationScoped
public class ExportRuns {
  /** The run's sequence (on OPEN and DAY# items). */
  public static final String SEQUENCE = "seq";

  /** The object key of the run's file. */
  public static final String OBJECT_KEY = "key";

  /** How many rows the finished run wrote. */
  public static final String ROWS = "rows";

  private static final String OPEN = "OPEN";
  private static final String DAY = "DAY#";

  private final TableStore store;

  /** A run: its Local Office, file type, sequence and the object key of its file. */
  public record Run(String lo, String type, long sequence, String key) {}

  @Inject
  public ExportRuns(TableStore store) {
    this.store = store;
  }

  /** The partition of the runs of one file type of one Local Office. */
  public static String partition(String lo, String type) {
    return "RUN#" + lo + "#" + type;
  }

  /** The run under way (open), if one is. */
  public Optional<Run> open(String lo, String type) {
    return store.get(partition(lo, type), OPEN).map(i -> run(lo, type, i));
  }

  /** Takes the next sequence and opens a run with it, atomically. */
  public Run start(String lo, String type, LongFunction<String> keyForSequence) {
    return store
        .takeSequenceAndOpen("SEQ#" + lo + "#" + type, partition(lo, type), keyForSequence)
        .map(item -> run(lo, type, item))
        .orElseThrow();
  }

  /** Records the finished run under its sequence, then removes the open item. */
  public void close(Run run, long rows) {
    store.put(
        Item.keyed(partition(run.lo(), run.type()), String.format("%012d", run.sequence()))
            .put(OBJECT_KEY, run.key())
            .put(ROWS, rows));
    store.delete(partition(run.lo(), run.type()), OPEN);
  }

  /** A snapshot export made earlier the same day (rewritten, not repeated, when run again). */
  public Optional<Run> ofDay(String lo, String type, String day) {
    return store.get(partition(lo, type), DAY + day).map(i -> run(lo, type, i));
  }

  public void recordDay(Run run, String day) {
    store.put(
        Item.keyed(partition(run.lo(), run.type()), DAY + day)
            .put(SEQUENCE, run.sequence())
            .put(OBJECT_KEY, run.key()));
  }

  /** The finished runs of a file type of a Local Office, in sequence order. */
  public List<Run> closed(String lo, String type) {
    List<Run> closed = new ArrayList<>();
    for (Item item : store.query(partition(lo, type))) {
      if (item.sk().matches("\\d{12}")) {
        closed.add(new Run(lo, type, Long.parseLong(item.sk()), item.string(OBJECT_KEY)));
      }
    }
    return closed;
  }

  private static Run run(String lo, String type, Item item) {
    return new Run(lo, type, item.number(SEQUENCE, 0), item.string(OBJECT_KEY));
  }
}
