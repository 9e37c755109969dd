package dev.esrlink.explain;

import dev.esrlink.config.HubClock;
import dev.esrlink.config.ModeConfig;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.store.LoadResults;
import dev.esrlink.store.Notifications;
import dev.esrlink.store.SentApplicants;
import dev.esrlink.store.SentPersonUpdates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads an {@link OfficeView}: the exports' own loader plus the sent applicants, notifications,
 * load results and sent updates of the Local Office. Reads only.
 */
@ApplicationScoped
public class OfficeViews {
  private final StateLoader loader;
  private final SentApplicants applicants;
  private final Notifications notifications;
  private final LoadResults loadResults;
  private final SentPersonUpdates updates;
  private final ModeConfig modes;
  private final HubClock clock;

  @Inject
  public OfficeViews(
      StateLoader loader,
      SentApplicants applicants,
      Notifications notifications,
      LoadResults loadResults,
      SentPersonUpdates updates,
      ModeConfig modes,
      HubClock clock) {
    this.loader = loader;
    this.applicants = applicants;
    this.notifications = notifications;
    this.loadResults = loadResults;
    this.updates = updates;
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
        applicants.ofOffice(lo),
        notifications.ofOffice(lo),
        loadResults.ofOffice(lo),
        updates.ofOffice(lo));
  }
}
