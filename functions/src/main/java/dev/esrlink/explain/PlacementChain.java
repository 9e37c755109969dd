package dev.esrlink.explain;

import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.file.FileName;
import dev.esrlink.matching.Placement;
import dev.esrlink.matching.Position;
import dev.esrlink.matching.Post;
import dev.esrlink.matching.Reconciliation;
import dev.esrlink.store.Notifications.StoredNotification;
import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.store.SentPersonUpdates.StoredUpdate;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The chain of decisions for one placement: eligible, post, match, trainee, window, cap, APP, load
 * result, notifications, ESR updates, and what is still to happen. Identifiers, dates and file
 * names only.
 */
final class PlacementChain {
  static final String YES = "yes";
  static final String NO = "no";
  static final String NOT_YET = "not yet";
  static final String NONE = "-";

  private final OfficeView view;
  private final ApplicantPlanner planner;

  PlacementChain(OfficeView view, ApplicantPlanner planner) {
    this.view = view;
    this.planner = planner;
  }

  Explanation explain(PlacementStatus status, String sourceFile) {
    Placement p = status.placement();
    List<Step> steps = new ArrayList<>();
    steps.add(eligible(p, sourceFile));
    steps.add(post(p.tpn().value()));
    steps.add(match(p.tpn().value()));
    steps.add(
        Step.of(
                "trainee",
                "Trainee known from a TRAINEES file?",
                view.trainees().containsKey(p.traineeId()) ? YES : NOT_YET)
            .fact("traineeId", p.traineeId()));
    steps.add(window(p));
    steps.add(cap(status));
    steps.add(app(p));
    steps.add(load(p));
    steps.add(notifications(p));
    steps.add(updates(p.traineeId()));
    String[] next = next(status);
    return new Explanation(
        "placement",
        p.placementId(),
        view.lo(),
        view.today().toString(),
        status.stage(),
        steps,
        next[0],
        next[1],
        null);
  }

  private Step eligible(Placement p, String sourceFile) {
    Step step =
        Step.of(
                "placement",
                "Placement approved, of a type that makes an applicant, not deleted?",
                p.eligible() ? YES : NO)
            .fact("placementId", p.placementId())
            .fact("traineeId", p.traineeId())
            .fact("tpn", p.tpn())
            .fact("startDate", p.start())
            .fact("endDate", p.end())
            .fact("placementType", p.type())
            .fact("status", p.status());
    if (p.deleted()) {
      step.fact("deleted", "yes");
    }
    return step.fact("sourceFile", sourceFile);
  }

  Step post(String tpn) {
    Post post = view.state().posts().get(dev.esrlink.tpn.Tpn.of(tpn));
    if (post == null) {
      return Step.of("post", "Post found and live?", NO)
          .fact("tpn", tpn)
          .fact("post", "no POSTS file has held this TPN");
    }
    return Step.of("post", "Post found and live?", post.live() ? YES : NO)
        .fact("tpn", tpn)
        .fact("status", post.status() == null ? "(empty: live)" : post.status())
        .fact("deleted", post.deleted() ? "yes" : null)
        .fact("endedBy", post.endedBy());
  }

  Step match(String tpn) {
    boolean matched = view.state().matched(dev.esrlink.tpn.Tpn.of(tpn));
    Step step =
        Step.of("match", "Matched to live ESR positions (which employers)?", matched ? YES : NO);
    for (Position position :
        view.state().positionsByTpn().getOrDefault(dev.esrlink.tpn.Tpn.of(tpn), List.of())) {
      step.fact(
          "position " + position.positionId(),
          (position.live() ? "" : "deleted, ")
              + Objects.requireNonNullElse(position.employerRole(), "role unknown")
              + ", employer "
              + Objects.requireNonNullElse(position.odsEmployerCode(), "unknown")
              + ", position number "
              + position.positionNumber());
    }
    if (view.state()
        .positionsByTpn()
        .getOrDefault(dev.esrlink.tpn.Tpn.of(tpn), List.of())
        .isEmpty()) {
      step.fact("positions", "no RMF/RMC has held a position with this TPN");
    }
    if (!matched) {
      Reconciliation.rows(view.state()).stream()
          .filter(r -> tpn.equals(r.get("tpn")) && r.get("suggestion") != null)
          .findFirst()
          .ifPresent(r -> step.fact("nearMiss", r.get("suggestion")));
    }
    return step;
  }

  private Step window(Placement p) {
    if (p.start() == null) {
      return Step.of("window", "In the notice window today?", NO).fact("startDate", "none");
    }
    LocalDate opens = planner.windowOpens(p.start());
    LocalDate closes = planner.windowCloses(p.start());
    LocalDate today = view.today();
    String answer = planner.inWindow(p.start(), today) ? YES : today.isBefore(opens) ? NOT_YET : NO;
    return Step.of("window", "In the notice window today?", answer)
        .fact("today", today)
        .fact("startDate", p.start())
        .fact("windowOpens", opens)
        .fact("windowCloses", closes);
  }

  private Step cap(PlacementStatus status) {
    PlacementStatus.Queue queue = status.queue();
    if (queue == null) {
      return Step.of("cap", "Held by the cap of " + planner.cap() + " per TPN?", NONE)
          .fact("queue", "not waiting to be sent");
    }
    return Step.of(
            "cap",
            "Held by the cap of " + queue.cap() + " per TPN?",
            status.stage() == Stage.HELD_BY_CAP ? YES : NO)
        .fact("placeInQueue", queue.place())
        .fact("applicantsAhead", queue.ahead())
        .fact("applicantsWaiting", queue.waiting());
  }

  private Step app(Placement p) {
    List<SentApplicant> sent = view.applicantsOf(p.placementId());
    Step step = Step.of("app", "APP sent (file, sequence, date)?", sent.isEmpty() ? NOT_YET : YES);
    for (SentApplicant applicant : sent) {
      String file = applicant.sentIn();
      step.fact(
          "position " + applicant.positionId(),
          "ref "
              + applicant.ref()
              + " in "
              + file
              + ", sequence "
              + applicant.sequence()
              + ", dated "
              + dateOf(file));
    }
    return step;
  }

  private Step load(Placement p) {
    List<SentApplicant> sent = view.applicantsOf(p.placementId());
    if (sent.isEmpty()) {
      return Step.of("load", "APC result?", NONE);
    }
    boolean answered = sent.stream().allMatch(a -> a.loadStatus() != null);
    Step step = Step.of("load", "APC result?", answered ? YES : NOT_YET);
    for (SentApplicant applicant : sent) {
      String status = applicant.loadStatus();
      String from =
          view.loadResultsOf(p.placementId()).stream()
              .filter(r -> applicant.ref().equals(r.ref()))
              .map(r -> r.sourceFile())
              .reduce((a, b) -> b)
              .orElse(null);
      step.fact(
          "position " + applicant.positionId(),
          status == null ? "no APC yet" : status + (from == null ? "" : " in " + from));
    }
    return step;
  }

  private Step notifications(Placement p) {
    List<StoredNotification> raised = view.notificationsOf(p.placementId());
    Step step =
        Step.of(
            "notifications",
            "Notifications raised and sent?",
            raised.isEmpty()
                ? NONE
                : raised.stream().allMatch(StoredNotification::sent) ? YES : NOT_YET);
    for (StoredNotification n : raised) {
      Map<String, String> row = n.row();
      String text =
          "type "
              + row.get("notificationType")
              + ", "
              + (n.sent()
                  ? "sent in " + n.sentIn() + ", sequence " + n.sequence()
                  : "pending for the next DNC")
              + (n.loadStatus() == null ? "" : ", DCC " + n.loadStatus());
      step.fact(n.ref(), text);
    }
    return step;
  }

  Step updates(String traineeId) {
    if (!view.fullRecords()) {
      return Step.of("updates", "ESR changes passed back to the LETB?", NONE)
          .fact("mode", "Part Records: the LETB is not sent ESRUPDATES");
    }
    List<StoredUpdate> rows =
        view.updates().stream().filter(u -> u.traineeId().equals(traineeId)).toList();
    Step step =
        Step.of("updates", "ESR changes passed back to the LETB?", rows.isEmpty() ? NONE : YES);
    for (StoredUpdate row : rows) {
      step.fact("field " + row.row().get("field"), "ESRUPDATES sequence " + row.sequence());
    }
    return step;
  }

  /** What is still to happen, and when the run that does it fires (or null). */
  private String[] next(PlacementStatus status) {
    Placement p = status.placement();
    ZonedDateTime now = view.now();
    long pending = view.notificationsOf(p.placementId()).stream().filter(n -> !n.sent()).count();
    if (pending > 0) {
      ZonedDateTime dnc = NextRuns.next("DNC", now, view.today());
      return new String[] {
        "the DNC run sends " + pending + " pending notification(s)", dnc.toString()
      };
    }
    return switch (status.stage()) {
      case WAITING_FOR_MATCH ->
          new String[] {
            "a POSTS file with TPN "
                + p.tpn()
                + " live and an RMF/RMC with a live position on it; then an APP run in the"
                + " window"
                + windowText(p),
            null
          };
      case WAITING_FOR_TRAINEE ->
          new String[] {
            "a TRAINEES file with trainee "
                + p.traineeId()
                + "; then an APP run in the window"
                + windowText(p),
            null
          };
      case BEFORE_WINDOW -> {
        ZonedDateTime run = NextRuns.next("APP", now, planner.windowOpens(p.start()));
        yield new String[] {"the APP run when the window opens sends it", run.toString()};
      }
      case DUE -> {
        ZonedDateTime run = NextRuns.next("APP", now, view.today());
        yield run.toLocalDate().isAfter(planner.windowCloses(p.start()))
            ? new String[] {
              "nothing: the window closes on "
                  + planner.windowCloses(p.start())
                  + ", before the next APP run",
              null
            }
            : new String[] {"the next APP run sends it", run.toString()};
      }
      case HELD_BY_CAP -> {
        int runs = status.queue().ahead() / status.queue().cap();
        ZonedDateTime run = NextRuns.next("APP", now, view.today()).plusDays(runs);
        yield new String[] {
          "an APP run once the "
              + status.queue().ahead()
              + " applicants ahead have gone ("
              + status.queue().cap()
              + " per TPN per file): at the earliest",
          run.toString()
        };
      }
      case SENT -> new String[] {"ESR's APC for the APP file", null};
      case CONFIRMED ->
          new String[] {
            "nothing for the APP; a date change or withdrawal would raise a notification", null
          };
      case FAILED_AT_LOAD -> {
        ZonedDateTime run = NextRuns.next("LETB", now, view.today());
        yield new String[] {
          "the LETB's LOADRESULTS reports the failure; ESR and the LETB correct it (the hub"
              + " never sends an applicant twice)",
          run.toString()
        };
      }
      case NOT_TO_SEND -> new String[] {"nothing: " + status.reason(), null};
    };
  }

  private String windowText(Placement p) {
    return p.start() == null
        ? ""
        : " (" + planner.windowOpens(p.start()) + " to " + planner.windowCloses(p.start()) + ")";
  }

  private static String dateOf(String file) {
    try {
      return FileName.parse(file).date().toString();
    } catch (RuntimeException e) {
      return "unknown";
    }
  }
}
