package dev.esrlink.status;

import dev.esrlink.explain.Explainer;
import dev.esrlink.explain.OfficeView;
import dev.esrlink.explain.PlacementStatus;
import dev.esrlink.explain.Stage;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileType;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.matching.Post;
import dev.esrlink.matching.Reconciliation;
import dev.esrlink.store.ExportRuns;
import dev.esrlink.store.Notifications.StoredNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts what an {@link OfficeView} and the file reports of a Local Office hold. */
@ApplicationScoped
public class FiguresBuilder {
  /** Days of files shown. */
  public static final int DAYS = 30;

  /** Placements listed by id under each stage; the counts cover all. */
  public static final int LISTED = 100;

  /** RECONCILIATION rows shown on a page; the counts cover all. */
  public static final int RECONCILIATION_ROWS = 500;

  /** Points kept in the matched share history. */
  static final int HISTORY = 90;

  private final ExportRuns runs;

  @Inject
  public FiguresBuilder(ExportRuns runs) {
    this.runs = runs;
  }

  /** A report and the name it was received under. */
  public record Received(String name, FileReport report) {}

  /** The date in a file's name, or null when the name is not an interface name. */
  public static LocalDate dateOf(String name) {
    try {
      return FileName.parse(name).date();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether a file belongs on the page of a day: named for the 30 days up to it (or unnamed). */
  public static boolean recent(String name, LocalDate today) {
    LocalDate date = dateOf(name);
    return date == null || (!date.isAfter(today) && date.isAfter(today.minusDays(DAYS)));
  }

  public OfficeFigures build(
      OfficeView view,
      Map<String, PlacementStatus> statuses,
      List<Received> received,
      List<OfficeFigures.SharePoint> history,
      String generatedAt) {
    LocalDate today = view.today();
    OfficeFigures.Matching matching = matching(view);
    return new OfficeFigures(
        view.lo(),
        view.fullRecords() ? "FULL" : "PART",
        today.toString(),
        generatedAt,
        files(received),
        perDay(received, today),
        rejections(received),
        matching,
        stages(statuses),
        placements(statuses),
        notifications(view),
        updates(view),
        reconciliation(view),
        Reconciliation.rows(view.state()).stream().limit(RECONCILIATION_ROWS).toList(),
        withToday(history, today, matching.matchedShare()));
  }

  private static List<OfficeFigures.FileRow> files(List<Received> received) {
    List<OfficeFigures.FileRow> rows = new ArrayList<>();
    for (Received r : received) {
      LocalDate date = dateOf(r.name());
      FileName parsed = date == null ? null : FileName.parse(r.name());
      rows.add(
          new OfficeFigures.FileRow(
              r.name(),
              parsed == null ? "?" : parsed.type().name(),
              date == null ? "" : date.toString(),
              r.report().status,
              r.report().read,
              r.report().applied,
              r.report().rejected,
              r.report().deliveries));
    }
    return rows;
  }

  private static List<OfficeFigures.DayCount> perDay(List<Received> received, LocalDate today) {
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (int i = DAYS - 1; i >= 0; i--) {
      counts.put(today.minusDays(i), 0);
    }
    received.stream()
        .map(r -> dateOf(r.name()))
        .filter(counts::containsKey)
        .forEach(d -> counts.merge(d, 1, Integer::sum));
    List<OfficeFigures.DayCount> days = new ArrayList<>();
    counts.forEach((d, n) -> days.add(new OfficeFigures.DayCount(d.toString(), n)));
    return days;
  }

  private static List<OfficeFigures.RuleCount> rejections(List<Received> received) {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Set<String>> files = new TreeMap<>();
    for (Received r : received) {
      Explainer.byRule(r.report())
          .forEach(
              (rule, n) -> {
                counts.merge(rule, n, Long::sum);
                files.computeIfAbsent(rule, k -> new TreeSet<>()).add(r.name());
              });
    }
    List<OfficeFigures.RuleCount> rows = new ArrayList<>();
    counts.forEach(
        (rule, n) -> rows.add(new OfficeFigures.RuleCount(rule, n, List.copyOf(files.get(rule)))));
    rows.sort((a, b) -> Long.compare(b.count(), a.count()));
    return rows;
  }

  private static OfficeFigures.Matching matching(OfficeView view) {
    List<Map<String, String>> rows = Reconciliation.rows(view.state());
    var live = view.state().posts().values().stream().filter(Post::live).map(Post::tpn).toList();
    int matched = (int) live.stream().filter(view.state()::matched).count();
    List<OfficeFigures.Unmatched> posts = new ArrayList<>();
    List<OfficeFigures.Unmatched> positions = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if ("UNMATCHED_POST".equals(row.get("status"))) {
        posts.add(new OfficeFigures.Unmatched(row.get("tpn"), null, row.get("suggestion")));
      } else if ("UNMATCHED_POSITION".equals(row.get("status"))) {
        positions.add(
            new OfficeFigures.Unmatched(
                row.get("tpn"), row.get("positionId"), row.get("suggestion")));
      }
    }
    int share = live.isEmpty() ? 0 : Math.round(100f * matched / live.size());
    return new OfficeFigures.Matching(live.size(), matched, share, posts, positions);
  }

  private static Map<String, Integer> stages(Map<String, PlacementStatus> statuses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      counts.put(stage.name(), 0);
    }
    statuses.values().forEach(s -> counts.merge(s.stage().name(), 1, Integer::sum));
    return counts;
  }

  private static List<OfficeFigures.PlacementRow> placements(
      Map<String, PlacementStatus> statuses) {
    Map<Stage, Integer> listed = new TreeMap<>();
    List<OfficeFigures.PlacementRow> rows = new ArrayList<>();
    new TreeMap<>(statuses)
        .values()
        .forEach(
            s -> {
              if (listed.merge(s.stage(), 1, Integer::sum) <= LISTED) {
                rows.add(
                    new OfficeFigures.PlacementRow(
                        s.placement().placementId(),
                        s.placement().traineeId(),
                        s.placement().tpn().value(),
                        s.placement().start() == null ? "" : s.placement().start().toString(),
                        s.stage().name()));
              }
            });
    return rows;
  }

  private static OfficeFigures.Notifications notifications(OfficeView view) {
    int pending = 0;
    int sent = 0;
    int confirmed = 0;
    int failed = 0;
    Map<String, Integer> byType = new TreeMap<>();
    for (StoredNotification n : view.notifications()) {
      if (n.pending()) {
        pending++;
      } else {
        sent++;
      }
      String load = n.loadStatus();
      if ("SUCCESS".equals(load) || "WARNING".equals(load)) {
        confirmed++;
      } else if ("FAILED".equals(load)) {
        failed++;
      }
      byType.merge("type " + n.row().get("notificationType"), 1, Integer::sum);
    }
    return new OfficeFigures.Notifications(pending, sent, confirmed, failed, byType);
  }

  private OfficeFigures.EsrUpdates updates(OfficeView view) {
    Set<Long> sequences = new TreeSet<>();
    view.updates().forEach(u -> sequences.add(u.sequence()));
    List<String> files = new ArrayList<>();
    for (ExportRuns.Run run : runs.closed(view.lo(), FileType.ESRUPDATES.name())) {
      if (sequences.contains(run.sequence())) {
        files.add(run.key());
      }
    }
    return new OfficeFigures.EsrUpdates(view.fullRecords(), view.updates().size(), files);
  }

  private static Map<String, Integer> reconciliation(OfficeView view) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String status : List.of("MATCHED", "UNMATCHED_POST", "UNMATCHED_POSITION", "DELETED")) {
      counts.put(status, 0);
    }
    Reconciliation.rows(view.state()).forEach(r -> counts.merge(r.get("status"), 1, Integer::sum));
    return counts;
  }

  private static List<OfficeFigures.SharePoint> withToday(
      List<OfficeFigures.SharePoint> history, LocalDate today, int share) {
    Map<String, Integer> points = new TreeMap<>();
    history.forEach(p -> points.put(p.date(), p.share()));
    points.put(today.toString(), share);
    List<OfficeFigures.SharePoint> kept = new ArrayList<>();
    points.forEach((d, s) -> kept.add(new OfficeFigures.SharePoint(d, s)));
    return kept.size() > HISTORY ? kept.subList(kept.size() - HISTORY, kept.size()) : kept;
  }
}
