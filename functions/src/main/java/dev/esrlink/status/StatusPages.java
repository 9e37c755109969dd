package dev.esrlink.status;

import dev.esrlink.explain.Explanation;
import dev.esrlink.explain.Stage;
import dev.esrlink.explain.Step;
import dev.esrlink.ingest.FileReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the status pages: self-contained HTML (inline style and SVG, no script, no font or file
 * from elsewhere). Each office page holds its explain chains and file reports in sections further
 * down, so every link on it stays within the page; the index links to the office pages beside it.
 */
final class StatusPages {
  /** Rejections shown per file report; the JSON report has them all. */
  static final int REJECTIONS_SHOWN = 50;

  private StatusPages() {}

  static String officeFile(String lo) {
    return lo + ".html";
  }

  static String explainAnchor(String placementId) {
    return Html.id("explain-", placementId);
  }

  static String reportAnchor(String name) {
    return Html.id("report-", name);
  }

  static String office(
      OfficeFigures f, Map<String, Explanation> chains, Map<String, FileReport> reports) {
    Html h = new Html();
    h.raw("<p><a href=\"index.html\">All Local Offices</a></p>");
    h.tag("h1", "ESR Link status: " + f.lo() + " (" + modeText(f.mode()) + ")");
    h.raw("<p class=\"muted\">Today ").text(f.today()).raw(", generated ").text(f.generatedAt());
    h.raw(
        ". Identifiers only; explain any of them with esrlink-local explain or the status"
            + " function.</p>");
    tiles(h, f);
    files(h, f);
    rejections(h, f);
    matching(h, f);
    stages(h, f);
    notifications(h, f);
    updates(h, f);
    reconciliation(h, f);
    explanations(h, f, chains);
    reports(h, f, reports);
    return Html.page("ESR Link status " + f.lo(), h.toString());
  }

  private static void tiles(Html h, OfficeFigures f) {
    h.raw("<div class=\"tiles\">");
    tile(h, "files", f.files().size(), "files in 30 days");
    tile(
        h,
        "rejected",
        f.files().stream().mapToLong(OfficeFigures.FileRow::rejected).sum(),
        "records rejected");
    tile(h, "matched-share", f.matching().matchedShare() + "%", "live posts matched");
    tile(h, "due", f.stage("DUE"), "placements due");
    tile(h, "held", f.stage("HELD_BY_CAP"), "held by the cap");
    tile(h, "failed", f.stage("FAILED_AT_LOAD"), "failed at load");
    tile(h, "pending", f.notifications().pending(), "notifications pending");
    h.raw("</div>");
  }

  private static void tile(Html h, String name, Object value, String label) {
    h.raw("<div class=\"tile\"><b data-figure=\"tile-" + name + "\">").text(value).raw("</b>");
    h.text(label).raw("</div>");
  }

  private static void files(Html h, OfficeFigures f) {
    h.raw("<h2 id=\"files\">Files received in the last 30 days</h2>");
    List<Charts.Bar> bars = new ArrayList<>();
    f.filesPerDay().forEach(d -> bars.add(new Charts.Bar(d.date().substring(5), d.count())));
    h.raw(Charts.columns("Files per day", bars, 5));
    if (f.files().isEmpty()) {
      h.raw("<p>No file in the last 30 days.</p>");
      return;
    }
    h.raw(
        "<table><tr><th>file</th><th>type</th><th>date</th><th>status</th><th>read</th>"
            + "<th>applied</th><th>rejected</th><th>deliveries</th></tr>");
    for (OfficeFigures.FileRow r : f.files()) {
      h.raw("<tr><td>").link("#" + reportAnchor(r.name()), r.name()).raw("</td>");
      h.tag("td", r.type()).tag("td", r.date());
      h.raw("<td data-figure=\"file-status\">").text(r.status()).raw("</td>");
      h.figure("file-read", r.read()).figure("file-applied", r.applied());
      h.figure("file-rejected", r.rejected()).figure("file-deliveries", r.deliveries());
      h.raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void rejections(Html h, OfficeFigures f) {
    h.raw("<h2 id=\"rejections\">Rejections by rule</h2>");
    if (f.rejectionsByRule().isEmpty()) {
      h.raw("<p>No record rejected in these files.</p>");
      return;
    }
    h.raw("<table><tr><th>rule (record.field: reason)</th><th>records</th><th>files</th></tr>");
    for (OfficeFigures.RuleCount r : f.rejectionsByRule()) {
      h.raw("<tr>").tag("td", r.rule()).figure("rule-count", r.count()).raw("<td>");
      for (String file : r.files()) {
        h.link("#" + reportAnchor(file), file).raw(" ");
      }
      h.raw("</td></tr>");
    }
    h.raw("</table>");
  }

  private static void matching(Html h, OfficeFigures f) {
    OfficeFigures.Matching m = f.matching();
    h.raw("<h2 id=\"matching\">Matching by TPN</h2><table>");
    h.raw("<tr><th>live posts</th>").figure("live-posts", m.livePosts()).raw("</tr>");
    h.raw("<tr><th>posts matched to a live ESR position</th>")
        .figure("matched-posts", m.matchedPosts())
        .raw("</tr>");
    h.raw("<tr><th>matched share</th>").figure("matched-share", m.matchedShare() + "%");
    h.raw("</tr><tr><th>posts without a position</th>")
        .figure("unmatched-posts", m.unmatchedPosts().size())
        .raw("</tr><tr><th>positions without a post</th>")
        .figure("positions-without-post", m.positionsWithoutPost().size())
        .raw("</tr></table>");
    List<Charts.Bar> points = new ArrayList<>();
    f.matchedShareHistory().forEach(p -> points.add(new Charts.Bar(p.date(), p.share())));
    h.raw(Charts.percentLine("Matched share over time", points));
    unmatched(h, "Posts without a live ESR position", m.unmatchedPosts(), false);
    unmatched(h, "ESR positions without a live post", m.positionsWithoutPost(), true);
  }

  private static void unmatched(
      Html h, String title, List<OfficeFigures.Unmatched> rows, boolean positions) {
    h.tag("h3", title + " (" + rows.size() + ")");
    if (rows.isEmpty()) {
      return;
    }
    h.raw(
        "<table><tr><th>TPN</th>"
            + (positions ? "<th>position</th>" : "")
            + "<th>near miss on the other side</th></tr>");
    for (OfficeFigures.Unmatched r : rows) {
      h.raw("<tr>").tag("td", r.tpn());
      if (positions) {
        h.tag("td", r.positionId());
      }
      h.tag("td", r.suggestion() == null ? "" : r.suggestion()).raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void stages(Html h, OfficeFigures f) {
    h.raw("<h2 id=\"placements\">Placements by stage</h2>");
    List<Charts.Bar> bars = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      bars.add(new Charts.Bar(stage.label(), f.stage(stage.name())));
    }
    h.raw(Charts.rows("Placements by stage", bars));
    h.raw("<table><tr><th>stage</th><th>placements</th></tr>");
    for (Stage stage : Stage.values()) {
      h.raw("<tr><td>").link("#" + Html.id("stage-", stage.name()), stage.label()).raw("</td>");
      h.figure("stage-" + stage.name(), f.stage(stage.name())).raw("</tr>");
    }
    h.raw("</table>");
    for (Stage stage : Stage.values()) {
      List<OfficeFigures.PlacementRow> rows =
          f.placements().stream().filter(p -> p.stage().equals(stage.name())).toList();
      if (rows.isEmpty()) {
        continue;
      }
      h.raw("<h3 id=\"" + Html.id("stage-", stage.name()) + "\">").text(stage.label());
      h.text(" (" + f.stage(stage.name()) + ")").raw("</h3>");
      h.raw("<table><tr><th>placement</th><th>trainee</th><th>TPN</th><th>start</th></tr>");
      for (OfficeFigures.PlacementRow p : rows) {
        h.raw("<tr><td>").link("#" + explainAnchor(p.placementId()), p.placementId());
        h.raw("</td>").tag("td", p.traineeId()).tag("td", p.tpn()).tag("td", p.startDate());
        h.raw("</tr>");
      }
      h.raw("</table>");
      if (f.stage(stage.name()) > rows.size()) {
        h.raw("<p class=\"muted\">").text(f.stage(stage.name()) - rows.size());
        h.raw(" more: explain them by id.</p>");
      }
    }
  }

  private static void notifications(Html h, OfficeFigures f) {
    OfficeFigures.Notifications n = f.notifications();
    h.raw("<h2 id=\"notifications\">Notifications</h2><table>");
    h.raw("<tr><th>pending (the next DNC sends them)</th>")
        .figure("notifications-pending", n.pending());
    h.raw("</tr><tr><th>sent</th>").figure("notifications-sent", n.sent());
    h.raw("</tr><tr><th>confirmed by a DCC</th>").figure("notifications-confirmed", n.confirmed());
    h.raw("</tr><tr><th>failed at load</th>").figure("notifications-failed", n.failed());
    h.raw("</tr>");
    n.byType()
        .forEach((type, count) -> h.raw("<tr>").tag("td", type).figure(type, count).raw("</tr>"));
    h.raw("</table>");
  }

  private static void updates(Html h, OfficeFigures f) {
    h.raw("<h2 id=\"updates\">ESR updates sent to the LETB</h2>");
    if (!f.esrUpdates().sentToLetb()) {
      h.raw("<p>Part Records: the LETB is not sent ESRUPDATES.</p>");
      return;
    }
    h.raw("<table><tr><th>rows sent</th>").figure("esr-updates", f.esrUpdates().rows());
    h.raw("</tr><tr><th>files</th><td>").text(String.join(", ", f.esrUpdates().files()));
    h.raw("</td></tr></table>");
  }

  private static void reconciliation(Html h, OfficeFigures f) {
    h.raw("<h2 id=\"reconciliation\">Reconciliation</h2>");
    if (!"FULL".equals(f.mode())) {
      h.raw(
          "<p>Part Records: the LETB is not sent a RECONCILIATION file; here is what it would"
              + " hold.</p>");
    }
    h.raw("<table><tr><th>status</th><th>rows</th></tr>");
    f.reconciliation()
        .forEach(
            (status, count) ->
                h.raw("<tr>")
                    .tag("td", status)
                    .figure("reconciliation-" + status, count)
                    .raw("</tr>"));
    h.raw("</table>");
    h.raw(
        "<table><tr><th>TPN</th><th>status</th><th>position</th><th>position number</th>"
            + "<th>employer role</th><th>employer</th><th>suggestion</th></tr>");
    for (Map<String, String> row : f.reconciliationRows()) {
      h.raw("<tr>").tag("td", row.get("tpn")).tag("td", row.get("status"));
      for (String field :
          List.of(
              "positionId", "positionNumber", "employerRole", "odsEmployerCode", "suggestion")) {
        h.tag("td", row.get(field) == null ? "" : row.get(field));
      }
      h.raw("</tr>");
    }
    h.raw("</table>");
    int total = f.reconciliation().values().stream().mapToInt(Integer::intValue).sum();
    if (total > f.reconciliationRows().size()) {
      h.raw("<p class=\"muted\">").text(total - f.reconciliationRows().size());
      h.raw(" more rows: explain a TPN, or see the RECONCILIATION file (Full Records).</p>");
    }
  }

  private static void explanations(Html h, OfficeFigures f, Map<String, Explanation> chains) {
    h.raw("<h2 id=\"explain\">Why each placement is where it is</h2>");
    for (OfficeFigures.PlacementRow p : f.placements()) {
      Explanation e = chains.get(p.placementId());
      if (e != null) {
        chain(h, e);
      }
    }
  }

  static void chain(Html h, Explanation e) {
    h.raw("<section class=\"detail\" id=\"" + explainAnchor(e.id()) + "\">");
    h.raw("<h3>Placement ").text(e.id()).raw(": <span data-figure=\"explain-stage\">");
    h.text(e.stageLabel()).raw("</span></h3><table class=\"chain\">");
    h.raw("<tr><th>question</th><th>answer</th><th>facts</th></tr>");
    for (Step step : e.steps()) {
      String css = "no".equals(step.answer()) ? "no" : "yes".equals(step.answer()) ? "yes" : "";
      h.raw("<tr data-step=\"" + Html.esc(step.step()) + "\">").tag("td", step.question());
      h.raw("<td class=\"" + css + "\">").text(step.answer()).raw("</td><td>");
      step.facts().forEach((k, v) -> h.text(k + ": " + v).raw("<br>"));
      h.raw("</td></tr>");
    }
    h.raw("</table><p>Next: <span data-figure=\"explain-next\">").text(e.next()).raw("</span>");
    if (e.nextRun() != null) {
      h.raw(" (").text(e.nextRun()).raw(")");
    }
    h.raw(" <a href=\"#placements\">back to the stages</a></p></section>");
  }

  private static void reports(Html h, OfficeFigures f, Map<String, FileReport> reports) {
    h.raw("<h2 id=\"reports\">File reports</h2>");
    for (OfficeFigures.FileRow row : f.files()) {
      FileReport r = reports.get(row.name());
      if (r == null) {
        continue;
      }
      h.raw("<section class=\"detail\" id=\"" + reportAnchor(row.name()) + "\">");
      h.tag("h3", row.name());
      h.raw("<p>").text(r.status + (r.reason == null ? "" : ": " + r.reason));
      h.text(". Read " + r.read + ", applied " + r.applied + ", rejected " + r.rejected);
      h.text(", encoding " + r.encoding + ", deliveries " + r.deliveries + ".").raw("</p>");
      r.warnings.forEach(w -> h.raw("<p class=\"muted\">warning: ").text(w).raw("</p>"));
      if (!r.rejections.isEmpty()) {
        h.raw("<table><tr><th>line</th><th>record</th><th>field</th><th>reason</th></tr>");
        r.rejections.stream()
            .limit(REJECTIONS_SHOWN)
            .forEach(
                x ->
                    h.raw("<tr>")
                        .tag("td", x.line)
                        .tag("td", x.recordType)
                        .tag("td", x.field)
                        .tag("td", x.reason)
                        .raw("</tr>"));
        h.raw("</table>");
        if (r.rejections.size() > REJECTIONS_SHOWN) {
          h.raw("<p class=\"muted\">").text(r.rejections.size() - REJECTIONS_SHOWN);
          h.raw(" more in the JSON report.</p>");
        }
      }
      h.raw("<p><a href=\"#files\">back to the files</a></p></section>");
    }
  }

  static String index(List<Headline> offices, String today, String generatedAt) {
    Html h = new Html();
    h.tag("h1", "ESR Link status: every Local Office");
    h.raw("<p class=\"muted\">Today ").text(today).raw(", generated ").text(generatedAt);
    h.raw(
        ".</p><table><tr><th>Local Office</th><th>mode</th><th>files (30 days)</th>"
            + "<th>records rejected</th><th>matched share</th><th>placements</th><th>due</th>"
            + "<th>held by the cap</th><th>sent</th><th>confirmed</th><th>failed at load</th>"
            + "<th>notifications pending</th></tr>");
    for (Headline o : offices) {
      h.raw("<tr data-lo=\"" + Html.esc(o.lo()) + "\"><td>").link(officeFile(o.lo()), o.lo());
      h.raw("</td>").tag("td", modeText(o.mode()));
      h.figure("files", o.files()).figure("rejected", o.rejected());
      h.figure("matched-share", o.matchedShare() + "%").figure("placements", o.placements());
      h.figure("due", o.due()).figure("held", o.heldByCap()).figure("sent", o.sent());
      h.figure("confirmed", o.confirmed()).figure("failed", o.failedAtLoad());
      h.figure("pending", o.pendingNotifications()).raw("</tr>");
    }
    h.raw("</table>");
    return Html.page("ESR Link status", h.toString());
  }

  private static String modeText(String mode) {
    return "FULL".equals(mode) ? "Full Records" : "Part Records";
  }
}
