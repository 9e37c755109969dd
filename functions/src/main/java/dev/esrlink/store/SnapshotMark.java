package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The newest full snapshot (RMF) applied for a Local Office: {@code SNAP#<LO>} / {@code RMF}, with
 * its source order and file name ({@code sourceOrder}, {@code sourceFile}; items written before
 * carry {@code ord} and {@code file}, read as {@link RecordItem} reads them).
 */
@ApplicationScoped
public class SnapshotMark {
  static final String PREFIX = "SNAP#";
  static final String SK = "RMF";

  /** The order and file name of the newest RMF applied. */
  public record Mark(String order, String file) {}

  private final TableStore store;

  @Inject
  public SnapshotMark(TableStore store) {
    this.store = store;
  }

  public Optional<Mark> get(String lo) {
    return store
        .get(PREFIX + lo, SK)
        .map(i -> new Mark(RecordItem.sourceOrder(i), nonNull(RecordItem.sourceFile(i))));
  }

  /**
   * Sets the mark (the caller has read it older). No version: two RMFs of one office applied at the
   * same moment race here as they race on the record items (docs/architecture.md).
   */
  public void put(String lo, String order, String fileName) {
    store.put(
        Item.keyed(PREFIX + lo, SK)
            .put(RecordItem.SOURCE_ORDER, order)
            .put(RecordItem.SOURCE_FILE, fileName));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
