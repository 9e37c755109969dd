package dev.esrlink.notification;

import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.Placement;
import dev.esrlink.matching.Position;
import dev.esrlink.matching.Post;
import dev.esrlink.reference.Refs;
import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.tpn.Tpn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notifications that follow from the state on the day of a DNC (rules 3 and 4): withdrawals and
 * date changes of placements whose APP was sent, posts that will be vacant, new posts without an
 * ESR position, and posts the LETB ended while they had live positions. Each has a reference
 * derived from its cause, so raising it again changes nothing.
 */
public final class NotificationRaiser {
  private final LocalOfficeState state;
  private final NotificationFactory factory;
  private final ApplicantPlanner window;
  private final LocalDate today;

  public NotificationRaiser(
      LocalOfficeState state,
      NotificationFactory factory,
      ApplicantPlanner window,
      LocalDate today) {
    this.state = state;
    this.factory = factory;
    this.window = window;
    this.today = today;
  }

  /** Rule 3: for each placement with sent applicants, a withdrawal or new dates. */
  public List<Notification> afterSending(
      List<SentApplicant> sentApplicants, List<SentApplicant> renotified) {
    Map<String, Placement> placements = new HashMap<>();
    state.placements().forEach(p -> placements.put(p.placementId(), p));
    Map<String, List<SentApplicant>> byPlacement = new HashMap<>();
    sentApplicants.forEach(
        a -> byPlacement.computeIfAbsent(a.placementId(), k -> new ArrayList<>()).add(a));
    List<Notification> raised = new ArrayList<>();
    for (Map.Entry<String, List<SentApplicant>> entry : byPlacement.entrySet()) {
      Placement placement = placements.get(entry.getKey());
      if (placement == null) {
        continue;
      }
      if (!placement.eligible()) {
        state
            .liveMatchedPositions(placement.tpn())
            .forEach(
                p ->
                    raised.add(
                        factory.withdrawal(
                            Refs.withdrawal(placement.placementId(), p.positionId()),
                            p,
                            placement)));
      } else if (datesChanged(placement, entry.getValue().get(0))) {
        state
            .liveMatchedPositions(placement.tpn())
            .forEach(
                p ->
                    raised.add(
                        factory.dateChange(
                            Refs.dateChange(
                                placement.placementId(),
                                p.positionId(),
                                placement.start(),
                                placement.end()),
                            p,
                            placement)));
        entry
            .getValue()
            .forEach(a -> renotified.add(a.renotified(placement.start(), placement.end())));
      }
    }
    return raised;
  }

  private static boolean datesChanged(Placement placement, SentApplicant applicant) {
    return !placement.start().toString().equals(applicant.notifiedStart())
        || !placement.end().toString().equals(applicant.notifiedEnd());
  }

  /** Rule 4: vacancies, new posts and ended posts. */
  public List<Notification> fromPosts() {
    List<Notification> raised = new ArrayList<>();
    for (Post post : state.posts().values()) {
      Tpn tpn = post.tpn();
      if (state.matched(tpn)) {
        vacancies(tpn, raised);
      }
      if (post.live() && state.positionsByTpn().getOrDefault(tpn, List.of()).isEmpty()) {
        raised.add(factory.newPost(Refs.newPost(tpn), tpn));
      }
      if (!post.live() && post.endedBy() != null) {
        for (Position position : state.livePositions(tpn)) {
          Placement current = state.current(tpn, today, null).orElse(null);
          Placement next = state.next(tpn, today).orElse(null);
          raised.add(
              factory.postDeleted(
                  Refs.postDeleted(tpn, post.endedBy(), position.positionId()),
                  tpn,
                  position,
                  current,
                  next));
        }
      }
    }
    return raised;
  }

  private void vacancies(Tpn tpn, List<Notification> raised) {
    for (Placement current : state.placementsOn(tpn)) {
      if (!current.eligible()
          || !current.covers(today)
          || !window.inWindow(current.end(), today)
          || hasSuccessor(tpn, current)) {
        continue;
      }
      for (Position position : state.liveMatchedPositions(tpn)) {
        raised.add(
            factory.vacancy(
                Refs.vacancy(tpn, current.end(), position.positionId()), tpn, position, current));
      }
    }
  }

  private boolean hasSuccessor(Tpn tpn, Placement current) {
    return state.placementsOn(tpn).stream()
        .anyMatch(p -> p.eligible() && p.start() != null && p.start().isAfter(current.end()));
  }
}
