package dev.esrlink.explain;

import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.store.Item;
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
    List<Item> applicants,
    List<Item> notifications,
    List<Item> loadResults,
    List<Item> updates) {

  public LocalDate today() {
    return now.toLocalDate();
  }

  /** The applicants sent for a placement (one per position), by position. */
  public List<Item> applicantsOf(String placementId) {
    return applicants.stream().filter(i -> placementId.equals(i.string("placementId"))).toList();
  }

  /** The notifications raised about a placement. */
  public List<Item> notificationsOf(String placementId) {
    return notifications.stream().filter(i -> placementId.equals(i.string("placementId"))).toList();
  }

  /** The load results (APC/DCC records) that name a placement. */
  public List<Item> loadResultsOf(String placementId) {
    return loadResults.stream().filter(i -> placementId.equals(i.string("placementId"))).toList();
  }
}
