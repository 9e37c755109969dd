package dev.esrlink.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The figures of one Local Office's status page, written as its JSON beside the HTML. Identifiers
 * only: placement, trainee and position ids, TPNs, file names.
 */
@JsonPropertyOrder({
  "lo",
  "mode",
  "today",
  "generatedAt",
  "files",
  "filesPerDay",
  "rejectionsByRule",
  "matching",
  "stages",
  "placements",
  "notifications",
  "esrUpdates",
  "reconciliation",
  "reconciliationRows",
  "matchedShareHistory"
})
public record OfficeFigures(
    String lo,
    String mode,
    String today,
    String generatedAt,
    List<FileRow> files,
    List<DayCount> filesPerDay,
    List<RuleCount> rejectionsByRule,
    Matching matching,
    Map<String, Integer> stages,
    List<PlacementRow> placements,
    Notifications notifications,
    EsrUpdates esrUpdates,
    Map<String, Integer> reconciliation,
    List<Map<String, String>> reconciliationRows,
    List<SharePoint> matchedShareHistory) {

  /** An inbound file of the last 30 days and its report's counts. */
  public record FileRow(
      String name,
      String type,
      String date,
      String status,
      long read,
      long applied,
      long rejected,
      long deliveries) {}

  public record DayCount(String date, int count) {}

  /** Rejected records of one rule (record type, field, reason) and the files they came in. */
  public record RuleCount(String rule, long count, List<String> files) {}

  /**
   * Matching by TPN: live posts, those with a live ESR position, and what is left on each side.
   *
   * @param matchedShare matched posts per live post, in percent (0 when there is no live post)
   */
  public record Matching(
      int livePosts,
      int matchedPosts,
      int matchedShare,
      List<Unmatched> unmatchedPosts,
      List<Unmatched> positionsWithoutPost) {}

  /** An unmatched post (no position id) or position, and the near-miss TPNs on the other side. */
  public record Unmatched(String tpn, String positionId, String suggestion) {}

  /** A placement listed under its stage (at most {@link FiguresBuilder#LISTED} per stage). */
  public record PlacementRow(
      String placementId, String traineeId, String tpn, String startDate, String stage) {}

  public record Notifications(
      int pending, int sent, int confirmed, int failed, Map<String, Integer> byType) {}

  /** ESRUPDATES rows sent (Full Records), and the files they went in. */
  public record EsrUpdates(boolean sentToLetb, int rows, List<String> files) {}

  public record SharePoint(String date, int share) {}

  /** The count of placements at a stage. */
  public int stage(String stage) {
    return stages.getOrDefault(stage, 0);
  }
}
