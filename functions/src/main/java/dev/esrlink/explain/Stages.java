package dev.esrlink.explain;

import dev.esrlink.applicant.Applicant;
import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.matching.Placement;
import dev.esrlink.store.SentApplicants.SentApplicant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage of every placement of a Local Office, decided by the APP export's own planner: what
 * {@link ApplicantPlanner#plan} would send now is due, what its queues hold beyond the cap is held,
 * and the rest is told apart by the rule that stops it.
 */
@ApplicationScoped
public class Stages {
  static final Set<String> LOADED = Set.of("SUCCESS", "WARNING");

  private final ApplicantPlanner planner;

  @Inject
  public Stages(ApplicantPlanner planner) {
    this.planner = planner;
  }

  /** Every placement's status, by placement id, in placement id order of the store. */
  public Map<String, PlacementStatus> of(OfficeView view) {
    Set<String> alreadySent = new HashSet<>();
    view.applicants().forEach(a -> alreadySent.add(a.storeKey()));
    Set<String> known = view.trainees().keySet();
    LocalDate today = view.today();
    Set<String> due = new HashSet<>();
    planner
        .plan(view.state(), known, alreadySent, today)
        .forEach(a -> due.add(a.placement().placementId()));
    var queues = planner.queues(view.state(), known, alreadySent, today);
    Map<String, PlacementStatus> statuses = new LinkedHashMap<>();
    for (Placement placement : view.state().placements()) {
      statuses.put(placement.placementId(), status(view, placement, due, queues));
    }
    return statuses;
  }

  private PlacementStatus status(
      OfficeView view,
      Placement placement,
      Set<String> due,
      Map<dev.esrlink.tpn.Tpn, List<Applicant>> queues) {
    String id = placement.placementId();
    PlacementStatus.Queue queue = queueOf(id, queues.get(placement.tpn()));
    if (due.contains(id)) {
      return new PlacementStatus(
          placement, Stage.DUE, "in the window and within the cap: the next APP sends it", queue);
    }
    if (queue != null) {
      return new PlacementStatus(
          placement,
          Stage.HELD_BY_CAP,
          queue.ahead()
              + " applicants on its TPN are ahead of it and one APP file takes at most "
              + queue.cap()
              + " per TPN",
          queue);
    }
    List<SentApplicant> sent = view.applicantsOf(id);
    if (!sent.isEmpty()) {
      return sentStatus(placement, sent);
    }
    if (!placement.eligible()) {
      return new PlacementStatus(placement, Stage.NOT_TO_SEND, notEligible(placement), null);
    }
    if (!view.state().matched(placement.tpn())) {
      return new PlacementStatus(
          placement,
          Stage.WAITING_FOR_MATCH,
          "TPN " + placement.tpn() + " has no live post with a live ESR position",
          null);
    }
    if (!view.trainees().containsKey(placement.traineeId())) {
      return new PlacementStatus(
          placement,
          Stage.WAITING_FOR_TRAINEE,
          "no TRAINEES file has held trainee " + placement.traineeId(),
          null);
    }
    if (view.today().isBefore(planner.windowOpens(placement.start()))) {
      return new PlacementStatus(
          placement,
          Stage.BEFORE_WINDOW,
          "the notice window opens on " + planner.windowOpens(placement.start()),
          null);
    }
    return new PlacementStatus(
        placement,
        Stage.NOT_TO_SEND,
        "the notice window closed on "
            + planner.windowCloses(placement.start())
            + " before an APP could send it",
        null);
  }

  private static PlacementStatus sentStatus(Placement placement, List<SentApplicant> sent) {
    boolean failed = sent.stream().anyMatch(a -> "FAILED".equals(a.loadStatus()));
    boolean allLoaded =
        sent.stream().map(SentApplicant::loadStatus).allMatch(s -> s != null && LOADED.contains(s));
    if (failed) {
      return new PlacementStatus(
          placement, Stage.FAILED_AT_LOAD, "ESR's APC reported FAILED for an applicant", null);
    }
    if (allLoaded) {
      return new PlacementStatus(
          placement, Stage.CONFIRMED, "ESR's APC confirmed every applicant", null);
    }
    return new PlacementStatus(
        placement, Stage.SENT, "sent in an APP; ESR's APC has not answered yet", null);
  }

  private static String notEligible(Placement placement) {
    if (placement.deleted()) {
      return "the LETB deleted the placement";
    }
    if (!"APPROVED".equals(placement.status())) {
      return "its status is " + placement.status() + ", not APPROVED";
    }
    return "its type " + placement.type() + " makes no applicant";
  }

  private PlacementStatus.Queue queueOf(String placementId, List<Applicant> queue) {
    if (queue == null) {
      return null;
    }
    int ahead = 0;
    int place = 0;
    String last = null;
    for (Applicant applicant : queue) {
      String id = applicant.placement().placementId();
      if (!id.equals(last)) {
        place++;
        last = id;
      }
      if (id.equals(placementId)) {
        return new PlacementStatus.Queue(place, ahead, queue.size(), planner.cap());
      }
      ahead++;
    }
    return null;
  }
}
