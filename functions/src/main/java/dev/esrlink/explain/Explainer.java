package dev.esrlink.explain;

import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.core.LocalOffice;
import dev.esrlink.file.FileName;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.ReportReader;
import dev.esrlink.matching.Placement;
import dev.esrlink.store.LoadResults;
import dev.esrlink.store.LoadResults.StoredResult;
import dev.esrlink.store.Notifications.StoredNotification;
import dev.esrlink.store.Records;
import dev.esrlink.store.StoredRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code explain}: the chain of decisions behind one placement, trainee, TPN or inbound file, read
 * from the store with the exports' own rules. It only reads.
 */
@ApplicationScoped
public class Explainer {
  private final OfficeViews views;
  private final Stages stages;
  private final ApplicantPlanner planner;
  private final LoadResults loadResults;
  private final Records records;
  private final ReportReader reports;

  @Inject
  public Explainer(
      OfficeViews views,
      Stages stages,
      ApplicantPlanner planner,
      LoadResults loadResults,
      Records records,
      ReportReader reports) {
    this.views = views;
    this.stages = stages;
    this.planner = planner;
    this.loadResults = loadResults;
    this.records = records;
    this.reports = reports;
  }

  /** The chain of every placement of a view (for the status pages), by placement id. */
  public Map<String, Explanation> all(OfficeView view, Map<String, PlacementStatus> statuses) {
    PlacementChain chain = new PlacementChain(view, planner);
    Map<String, Explanation> all = new TreeMap<>();
    statuses.forEach((id, status) -> all.put(id, chain.explain(status, null)));
    return all;
  }

  public Explanation placement(String placementId) {
    Optional<StoredRecord> item = records.placement(placementId);
    if (item.isEmpty()) {
      return unknown("placement", placementId, "no PLACEMENTS file has held this placement");
    }
    OfficeView view = views.load(item.get().localOffice());
    PlacementStatus status = stages.of(view).get(placementId);
    return new PlacementChain(view, planner).explain(status, item.get().sourceFile());
  }

  public Explanation trainee(String traineeId) {
    Optional<StoredRecord> item = records.trainee(traineeId);
    if (item.isEmpty()) {
      return unknown("trainee", traineeId, "no TRAINEES file has held this trainee");
    }
    String lo = FileName.localOfficeOf(item.get().sourceFile()).orElse(null);
    if (lo == null) {
      return unknown("trainee", traineeId, "the trainee's file names no Local Office");
    }
    OfficeView view = views.load(lo);
    Map<String, PlacementStatus> statuses = stages.of(view);
    PlacementChain chain = new PlacementChain(view, planner);
    List<Explanation> parts = new ArrayList<>();
    statuses.values().stream()
        .filter(s -> traineeId.equals(s.placement().traineeId()))
        .forEach(s -> parts.add(chain.explain(s, null)));
    List<Step> steps = new ArrayList<>();
    steps.add(
        Step.of(
                "trainee",
                "Trainee known from a TRAINEES file?",
                item.get().deleted() ? PlacementChain.NO : PlacementChain.YES)
            .fact("traineeId", traineeId)
            .fact("sourceFile", item.get().sourceFile())
            .fact("placements", parts.size()));
    steps.add(chain.updates(traineeId));
    return new Explanation(
        "trainee",
        traineeId,
        lo,
        view.today().toString(),
        null,
        steps,
        parts.isEmpty()
            ? "a PLACEMENTS file with a placement of this trainee"
            : "see each placement",
        null,
        parts);
  }

  public Explanation tpn(String tpn) {
    String lo =
        records
            .post(tpn)
            .map(StoredRecord::localOffice)
            .or(() -> LocalOffice.ofTpn(tpn))
            .orElse(null);
    if (lo == null) {
      return unknown("tpn", tpn, "no POSTS file has held this TPN and it names no Local Office");
    }
    OfficeView view = views.load(lo);
    Map<String, PlacementStatus> statuses = stages.of(view);
    PlacementChain chain = new PlacementChain(view, planner);
    List<Step> steps = new ArrayList<>();
    steps.add(chain.post(tpn));
    steps.add(chain.match(tpn));
    List<StoredNotification> raised =
        view.notifications().stream().filter(n -> tpn.equals(n.tpn())).toList();
    steps.add(
        Step.of("notifications", "Notifications raised and sent?", raised.isEmpty() ? "-" : "yes")
            .fact("pending", raised.stream().filter(StoredNotification::pending).count())
            .fact("sent", raised.stream().filter(StoredNotification::sent).count()));
    List<Explanation> parts = new ArrayList<>();
    view.state().placementsOn(dev.esrlink.tpn.Tpn.of(tpn)).stream()
        .map(Placement::placementId)
        .sorted()
        .forEach(id -> parts.add(chain.explain(statuses.get(id), null)));
    return new Explanation(
        "tpn",
        tpn,
        lo,
        view.today().toString(),
        null,
        steps,
        view.state().matched(dev.esrlink.tpn.Tpn.of(tpn))
            ? "see each placement"
            : "a live post and a live ESR position on this TPN",
        null,
        parts);
  }

  public Explanation file(String name) {
    Optional<FileReport> found = reports.read(name);
    String lo = FileName.localOfficeOf(name).orElse(null);
    if (found.isEmpty()) {
      return unknown("file", name, "no inbound file of this name has been received");
    }
    FileReport report = found.get();
    List<Step> steps = new ArrayList<>();
    steps.add(
        Step.of("received", "Received?", PlacementChain.YES)
            .fact("deliveries", report.deliveries)
            .fact("conflicts", report.conflicts.isEmpty() ? null : report.conflicts.size())
            .fact("report", ReportReader.key(name)));
    boolean applied = "APPLIED".equals(report.status);
    steps.add(
        Step.of("checked", "Name, header, trailer and columns accepted?", applied ? "yes" : "no")
            .fact("status", report.status)
            .fact("reason", report.reason)
            .fact("encoding", report.encoding)
            .fact("warnings", report.warnings.isEmpty() ? null : report.warnings.size()));
    steps.add(
        Step.of("records", "Records applied?", report.rejected == 0 ? "yes" : "some rejected")
            .fact("read", report.read)
            .fact("applied", report.applied)
            .fact("rejected", report.rejected));
    Step rules = Step.of("rejections", "Rejections by rule", report.rejected == 0 ? "-" : "yes");
    byRule(report).forEach((rule, count) -> rules.fact(rule, count));
    steps.add(rules);
    if (lo != null) {
      List<StoredResult> results = loadResults.fromFile(lo, name);
      if (!results.isEmpty()) {
        Step confirmations =
            Step.of("confirmations", "Confirmations matched to what was sent?", "yes");
        results.forEach(
            r -> confirmations.fact(r.ref(), r.status() + " for placement " + r.placementId()));
        steps.add(confirmations);
      }
      List<String> placements =
          records.placements(lo).stream()
              .filter(i -> name.equals(i.sourceFile()))
              .map(i -> i.field("placementId"))
              .sorted()
              .toList();
      if (!placements.isEmpty()) {
        steps.add(
            Step.of("placements", "Placements this file last wrote", "yes")
                .fact("count", placements.size())
                .fact("first", placements.get(0))
                .fact("explain", "esrlink-local explain --placement <id>"));
      }
    }
    return new Explanation(
        "file",
        name,
        lo,
        null,
        null,
        steps,
        applied ? "nothing: the file is applied" : "a corrected file under the same name",
        null,
        null);
  }

  /**
   * Rejections of a report by rule (record type, field, reason): the report's own count of every
   * rejection, or for a report written before it had one, a count of its listed rejections.
   */
  public static Map<String, Long> byRule(FileReport report) {
    Map<String, Long> counts = new TreeMap<>();
    if (report.rejectionsByRule.isEmpty()) {
      report.rejections.forEach(r -> counts.merge(rule(r), 1L, Long::sum));
    } else {
      report.rejectionsByRule.forEach(
          r -> counts.merge(r.recordType + "." + r.field + ": " + r.reason, r.count, Long::sum));
    }
    return counts;
  }

  /** The rule of a rejection: record type, field and reason. */
  public static String rule(FileReport.RejectionEntry r) {
    return r.recordType + "." + r.field + ": " + r.reason;
  }

  private static Explanation unknown(String subject, String id, String why) {
    return new Explanation(
        subject,
        id,
        null,
        null,
        null,
        List.of(Step.of(subject, "Known to the hub?", PlacementChain.NO).fact("why", why)),
        "a file that holds it",
        null,
        null);
  }
}
