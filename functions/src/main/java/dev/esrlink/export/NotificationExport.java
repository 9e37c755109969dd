package dev.esrlink.export;

import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.file.FileType;
import dev.esrlink.log.LogEvent;
import dev.esrlink.notification.Notification;
import dev.esrlink.notification.NotificationFactory;
import dev.esrlink.notification.NotificationRaiser;
import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.Notifications;
import dev.esrlink.store.Notifications.StoredNotification;
import dev.esrlink.store.SentApplicants;
import dev.esrlink.store.SentApplicants.SentApplicant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * DNC: raises what today's state calls for (rules 3 and 4), then sends every pending notification.
 */
@ApplicationScoped
public class NotificationExport implements ClaimingExport<StoredNotification> {
  private static final Logger LOG = Logger.getLogger(NotificationExport.class);

  private final ApplicantPlanner planner;
  private final SentApplicants sent;
  private final Notifications notifications;

  @Inject
  public NotificationExport(
      ApplicantPlanner planner, SentApplicants sent, Notifications notifications) {
    this.planner = planner;
    this.sent = sent;
    this.notifications = notifications;
  }

  @Override
  public FileType type() {
    return FileType.DNC;
  }

  @Override
  public String recordType() {
    return "NOT";
  }

  @Override
  public List<StoredNotification> due(ExportScope scope) {
    raiseFromState(scope);
    return notifications.pending(scope.lo());
  }

  private void raiseFromState(ExportScope scope) {
    NotificationRaiser raiser =
        new NotificationRaiser(
            scope.state(),
            new NotificationFactory(scope.lo(), scope.trainees()::get),
            planner,
            scope.today());
    List<SentApplicant> renotified = new ArrayList<>();
    List<Notification> raised =
        new ArrayList<>(raiser.afterSending(sent.ofOffice(scope.lo()), renotified));
    raised.addAll(raiser.fromPosts());
    int fresh = notifications.raise(scope.lo(), raised.stream().map(Notification::raised).toList());
    sent.putAll(renotified);
    LogEvent.of("notifications.raised").with("lo", scope.lo()).with("new", fresh).info(LOG);
  }

  @Override
  public void claim(ExportScope scope, List<StoredNotification> due, Run run) {
    notifications.claim(due, run.sequence(), run.key());
  }

  @Override
  public List<Map<String, String>> claimed(String lo, Run run) {
    List<Map<String, String>> rows = new ArrayList<>();
    notifications.claimedBy(lo, run.sequence()).stream()
        .map(StoredNotification::row)
        .forEach(rows::add);
    rows.sort(RowOrder.BY_TPN_THEN_REF);
    return rows;
  }
}
