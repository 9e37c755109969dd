package dev.esrlink.explain;

import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.store.LoadResults.StoredResult;
import dev.esrlink.store.Notifications.StoredNotification;
import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.store.SentPersonUpdates.StoredUpdate;
import dev.esrlink.store.StoredRecord;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the store holds for one Local Office at one moment, as the exports read it: posts, positions
 * and placements, the trainees of its placements, the applicants sent, the notifications, the load
 * results and the ESR updates sent.
 */
public record OfficeView(
    String lo,
    boolean fullRecords,
    ZonedDateTime now,
    LocalOfficeState state,
    Map<String, StoredRecord> trainees,
    List<SentApplicant> applicants,
    List<StoredNotification> notifications,
    List<StoredResult> loadResults,
    List<StoredUpdate> updates) {

  public LocalDate today() {
    return now.toLocalDate();
  }

  /** The applicants sent for a placement (one per position), by position. */
  public List<SentApplicant> applicantsOf(String placementId) {
    return applicants.stream().filter(a -> placementId.equals(a.placementId())).toList();
  }

  /** The notifications raised about a placement. */
  public List<StoredNotification> notificationsOf(String placementId) {
    return notifications.stream().filter(n -> placementId.equals(n.placementId())).toList();
  }

  /** The load results (APC/DCC records) that name a placement. */
  public List<StoredResult> loadResultsOf(String placementId) {
    return loadResults.stream().filter(r -> placementId.equals(r.placementId())).toList();
  }
}
