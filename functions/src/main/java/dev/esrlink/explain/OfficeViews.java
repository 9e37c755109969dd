package dev.esrlink.explain;

import dev.esrlink.config.HubClock;
import dev.esrlink.config.ModeConfig;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.store.Keys;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads an {@link OfficeView}: the exports' own loader plus four index queries. Reads only. */
@ApplicationScoped
public class OfficeViews {
  private final StateLoader loader;
  private final TableStore store;
  private final ModeConfig modes;
  private final HubClock clock;

  @Inject
  public OfficeViews(StateLoader loader, TableStore store, ModeConfig modes, HubClock clock) {
    this.loader = loader;
    this.store = store;
    this.modes = modes;
    this.clock = clock;
  }

  public OfficeView load(String lo) {
    LocalOfficeState state = loader.load(lo);
    return new OfficeView(
        lo,
        modes.isFullRecords(lo),
        clock.londonNow(),
        state,
        loader.trainees(state),
        store.queryLocalOffice(Keys.localOffice(lo, "APP")),
        store.queryLocalOffice(Keys.localOffice(lo, "NOT")),
        store.queryLocalOffice(Keys.localOffice(lo, "LR")),
        store.queryLocalOffice(Keys.localOffice(lo, "UPD")));
  }
}
