package dev.esrlink.applicant;

import dev.esrlink.config.RulesConfig;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.Placement;
import dev.esrlink.matching.Position;
import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which applicants go in today's APP file: rule 2 (notice window, eligible type and status, matched
 * post, known trainee; one per live matched position), rule 3 (never twice) and rule 5 (at most 40
 * per TPN in one file, by start date then applicantRef, a placement never split, the rest wait).
 */
@ApplicationScoped
public class ApplicantPlanner {
  private final RulesConfig rules;

  @Inject
  public ApplicantPlanner(RulesConfig rules) {
    this.rules = rules;
  }

  /** The notice window: today + 2 days to today + 13 weeks, both inclusive (by default). */
  public boolean inWindow(LocalDate start, LocalDate today) {
    return start != null
        && !start.isBefore(today.plusDays(rules.noticeMinDays()))
        && !start.isAfter(today.plusWeeks(rules.noticeMaxWeeks()));
  }

  /** The first day on which a placement starting on {@code start} is in the window. */
  public LocalDate windowOpens(LocalDate start) {
    return start.minusWeeks(rules.noticeMaxWeeks());
  }

  /** The last day on which a placement starting on {@code start} is in the window. */
  public LocalDate windowCloses(LocalDate start) {
    return start.minusDays(rules.noticeMinDays());
  }

  public List<Applicant> plan(
      LocalOfficeState state, Set<String> knownTrainees, Set<String> sentKeys, LocalDate today) {
    List<Applicant> planned = new ArrayList<>();
    queues(state, knownTrainees, sentKeys, today)
        .values()
        .forEach(queue -> planned.addAll(cap(queue)));
    return planned;
  }

  /**
   * The applicants waiting to be sent, per TPN, in the order the cap takes them (start date, then
   * applicantRef): eligible, in the window today, trainee known, not yet sent. {@link #plan} sends
   * the head of each queue, up to the cap.
   */
  public Map<Tpn, List<Applicant>> queues(
      LocalOfficeState state, Set<String> knownTrainees, Set<String> sentKeys, LocalDate today) {
    Map<Tpn, List<Applicant>> byTpn = new TreeMap<>();
    for (Placement placement : state.placements()) {
      if (!placement.eligible()
          || !inWindow(placement.start(), today)
          || !knownTrainees.contains(placement.traineeId())) {
        continue;
      }
      for (Position position : state.liveMatchedPositions(placement.tpn())) {
        Applicant applicant = new Applicant(placement, position);
        if (!sentKeys.contains(applicant.storeKey())) {
          byTpn.computeIfAbsent(placement.tpn(), k -> new ArrayList<>()).add(applicant);
        }
      }
    }
    byTpn
        .values()
        .forEach(
            queue ->
                queue.sort(
                    Comparator.comparing((Applicant a) -> a.placement().start())
                        .thenComparing(Applicant::ref)));
    return byTpn;
  }

  /** The most applicants one APP file may hold for one TPN (rule 5). */
  public int cap() {
    return rules.maxApplicantsPerTpn();
  }

  private List<Applicant> cap(List<Applicant> applicants) {
    Map<String, List<Applicant>> byPlacement = new LinkedHashMap<>();
    applicants.forEach(
        a ->
            byPlacement
                .computeIfAbsent(a.placement().placementId(), k -> new ArrayList<>())
                .add(a));
    List<Applicant> kept = new ArrayList<>();
    for (List<Applicant> ofPlacement : byPlacement.values()) {
      if (kept.size() + ofPlacement.size() > rules.maxApplicantsPerTpn()) {
        break;
      }
      kept.addAll(ofPlacement);
    }
    return kept;
  }
}
