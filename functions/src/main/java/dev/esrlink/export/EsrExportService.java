package dev.esrlink.export;

import dev.esrlink.applicant.Applicant;
import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.applicant.ApplicantRows;
import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.file.FileType;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.Placement;
import dev.esrlink.matching.StateLoader;
import dev.esrlink.notification.Notification;
import dev.esrlink.notification.NotificationFactory;
import dev.esrlink.notification.NotificationRaiser;
import dev.esrlink.notification.NotificationStore;
import dev.esrlink.reference.Refs;
import dev.esrlink.store.Item;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** The exports to ESR of one Local Office: APP (14:00), DNC (15:00), DNF (on request). */
@ApplicationScoped
public class EsrExportService {
  private static final Logger LOG = Logger.getLogger(EsrExportService.class);
  private static final Comparator<Map<String, String>> BY_TPN_THEN_REF =
      Comparator.comparing((Map<String, String> r) -> r.get("tpn"))
          .thenComparing(r -> r.getOrDefault("applicantRef", r.get("notificationRef")));

  @Inject StateLoader loader;
  @Inject ApplicantPlanner planner;
  @Inject NotificationStore notifications;
  @Inject ExportRuns runs;
  @Inject OutboundFiles files;
  @Inject TableStore store;
  @Inject BucketsConfig buckets;
  @Inject HubClock clock;

  /** Writes today's APP file, if any applicant is due; returns its key. */
  public Optional<String> applicants(String lo) {
    ExportRuns.Run run = runs.open(lo, "APP").orElse(null);
    // a run that died after taking its sequence but before claiming anything claims now, so
    // that its sequence is not spent on an empty file (rule 9, spec section 4)
    if (run == null || claimedApplicants(lo, run).isEmpty()) {
      LocalDate today = clock.today();
      LocalOfficeState state = loader.load(lo);
      Map<String, Item> trainees = loader.trainees(state);
      Set<String> sent = new HashSet<>();
      sentApplicants(lo).forEach(i -> sent.add(TableStore.keyOf(i)));
      List<Applicant> due = planner.plan(state, trainees.keySet(), sent, today);
      if (due.isEmpty() && run == null) {
        return Optional.empty();
      }
      if (run == null) {
        run = runs.start(lo, "APP", seq -> files.name(lo, FileType.APP, seq));
      }
      claimApplicants(lo, state, trainees, due, run, today);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    claimedApplicants(lo, run).forEach(i -> rows.add(i.strings("row.")));
    return Optional.of(finish(run, FileType.APP, "APP", rows));
  }

  private void claimApplicants(
      String lo,
      LocalOfficeState state,
      Map<String, Item> trainees,
      List<Applicant> due,
      ExportRuns.Run run,
      LocalDate today) {
    NotificationFactory factory = new NotificationFactory(lo, trainees::get);
    List<Item> writes = new ArrayList<>();
    List<Notification> rotations = new ArrayList<>();
    for (Applicant applicant : due) {
      Placement placement = applicant.placement();
      writes.add(applicantItem(lo, applicant, trainees.get(placement.traineeId()), run));
      writes.add(
          Item.keyed("REF#" + applicant.ref(), "REF")
              .put("placementId", placement.placementId())
              .put("tpn", placement.tpn())
              .put("sentPk", "APP#" + placement.placementId())
              .put("sentSk", "POS#" + applicant.position().positionId()));
      Placement current =
          state.current(placement.tpn(), today, placement.placementId()).orElse(null);
      rotations.add(
          factory.rotation(
              Refs.rotation(placement.placementId(), applicant.position().positionId()),
              placement.tpn(),
              applicant.position(),
              current,
              placement));
    }
    store.batchPut(writes);
    notifications.raise(lo, rotations);
  }

  private static Item applicantItem(
      String lo, Applicant applicant, Item trainee, ExportRuns.Run run) {
    Placement placement = applicant.placement();
    return Item.keyed("APP#" + placement.placementId(), "POS#" + applicant.position().positionId())
        .put("LOPK", lo + "#APP")
        .put("LOSK", placement.placementId() + "#" + applicant.position().positionId())
        .put("ref", applicant.ref())
        .put("status", "SENT")
        .put("seq", run.sequence())
        .put("sentIn", run.key())
        .put("placementId", placement.placementId())
        .put("tpn", placement.tpn())
        .put("notStart", placement.start().toString())
        .put("notEnd", placement.end().toString())
        .putAll("row.", ApplicantRows.row(applicant, trainee));
  }

  private List<Item> claimedApplicants(String lo, ExportRuns.Run run) {
    long seq = run.sequence();
    return sentApplicants(lo).stream().filter(i -> i.number("seq", -1) == seq).toList();
  }

  private List<Item> sentApplicants(String lo) {
    return store.queryLocalOffice(lo + "#APP");
  }

  /** Raises what today's state calls for, then writes every pending notification in a DNC. */
  public Optional<String> notifications(String lo) {
    ExportRuns.Run run = runs.open(lo, "DNC").orElse(null);
    // as for APP: a run that died before claiming claims now instead of writing an empty file
    if (run == null || notifications.claimedBy(lo, run.sequence()).isEmpty()) {
      raiseFromState(lo);
      List<Item> pending = notifications.pending(lo);
      if (pending.isEmpty() && run == null) {
        return Optional.empty();
      }
      if (run == null) {
        run = runs.start(lo, "DNC", seq -> files.name(lo, FileType.DNC, seq));
      }
      notifications.claim(pending, run.sequence(), run.key());
    }
    List<Map<String, String>> rows = new ArrayList<>();
    notifications.claimedBy(lo, run.sequence()).forEach(i -> rows.add(i.strings("row.")));
    return Optional.of(finish(run, FileType.DNC, "NOT", rows));
  }

  private void raiseFromState(String lo) {
    LocalOfficeState state = loader.load(lo);
    Map<String, Item> trainees = loader.trainees(state);
    NotificationRaiser raiser =
        new NotificationRaiser(
            state, new NotificationFactory(lo, trainees::get), planner, clock.today());
    List<Item> renotified = new ArrayList<>();
    List<Notification> raised =
        new ArrayList<>(raiser.afterSending(sentApplicants(lo), renotified));
    raised.addAll(raiser.fromPosts());
    int fresh = notifications.raise(lo, raised);
    store.batchPut(renotified);
    LOG.infof("{\"event\":\"notifications.raised\",\"lo\":\"%s\",\"new\":%d}", lo, fresh);
  }

  /**
   * DNF on request: one type 1 per live matched position, current and next incumbent as of today.
   */
  public Optional<String> snapshot(String lo) {
    LocalDate today = clock.today();
    LocalOfficeState state = loader.load(lo);
    Map<String, Item> trainees = loader.trainees(state);
    NotificationFactory factory = new NotificationFactory(lo, trainees::get);
    List<Map<String, String>> rows = new ArrayList<>();
    state
        .posts()
        .keySet()
        .forEach(
            tpn ->
                state
                    .liveMatchedPositions(tpn)
                    .forEach(
                        p ->
                            rows.add(
                                factory
                                    .rotation(
                                        Refs.snapshot(today, p.positionId()),
                                        tpn,
                                        p,
                                        state.current(tpn, today, null).orElse(null),
                                        state.next(tpn, today).orElse(null))
                                    .values())));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    store.batchPut(rows.stream().map(EsrExportService::snapshotReference).toList());
    String day = today.toString();
    ExportRuns.Run run =
        runs.ofDay(lo, "DNF", day)
            .or(() -> runs.open(lo, "DNF"))
            .orElseGet(() -> runs.start(lo, "DNF", seq -> files.name(lo, FileType.DNF, seq)));
    runs.recordDay(run, day);
    return Optional.of(finish(run, FileType.DNF, "NOT", rows));
  }

  /** DCC confirms DNF rows too: each row's reference points at its TPN. */
  private static Item snapshotReference(Map<String, String> row) {
    return Item.keyed("REF#" + row.get("notificationRef"), "REF").put("tpn", row.get("tpn"));
  }

  private String finish(
      ExportRuns.Run run, FileType type, String recordType, List<Map<String, String>> rows) {
    rows.sort(BY_TPN_THEN_REF);
    files.writeDat(buckets.esrOutbound(), run, type, recordType, rows);
    if (runs.open(run.lo(), run.type()).isPresent()) {
      runs.close(run, rows.size());
    }
    LOG.infof(
        "{\"event\":\"export.written\",\"lo\":\"%s\",\"type\":\"%s\",\"file\":\"%s\",\"rows\":%d}",
        run.lo(), type, run.key(), rows.size());
    return run.key();
  }
}
