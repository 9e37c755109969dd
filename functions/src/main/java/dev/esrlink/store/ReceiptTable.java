package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads and writes file receipts ({@link Receipt}). */
@ApplicationScoped
public class ReceiptTable {
  private final TableStore store;

  @Inject
  public ReceiptTable(TableStore store) {
    this.store = store;
  }

  public Optional<Receipt> get(String bucket, String name) {
    return store.get(Receipt.pk(bucket, name), Receipt.SK).map(Receipt::of);
  }

  /** Puts a first receipt; false when the name has one already. */
  public boolean putIfAbsent(Receipt receipt) {
    return store.putIfAbsent(receipt.item());
  }

  /**
   * Writes {@code next} at the version after {@code existing}'s, only when the stored receipt is
   * still at that version; false when another writer changed it meanwhile.
   */
  public boolean replace(Receipt next, Receipt existing) {
    long version = existing.version();
    next.version(version + 1);
    return store.putIfVersion(next.item(), version);
  }
}
