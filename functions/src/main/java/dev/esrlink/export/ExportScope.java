package dev.esrlink.export;

import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.store.StoredRecord;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Local Office and day an export runs for, with its state and trainees loaded on first use and
 * then shared by the exports run in the same scope.
 */
public final class ExportScope {
  private final String lo;
  private final LocalDate today;
  private final StateLoader loader;
  private LocalOfficeState state;
  private Map<String, StoredRecord> trainees;

  ExportScope(String lo, LocalDate today, StateLoader loader) {
    this.lo = lo;
    this.today = today;
    this.loader = loader;
  }

  public String lo() {
    return lo;
  }

  public LocalDate today() {
    return today;
  }

  public LocalOfficeState state() {
    if (state == null) {
      state = loader.load(lo);
    }
    return state;
  }

  /** The trainees of the state's placements, by id. */
  public Map<String, StoredRecord> trainees() {
    if (trainees == null) {
      trainees = loader.trainees(state());
    }
    return trainees;
  }
}
