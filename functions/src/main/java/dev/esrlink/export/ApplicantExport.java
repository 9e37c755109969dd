package dev.esrlink.export;

import dev.esrlink.applicant.Applicant;
import dev.esrlink.applicant.ApplicantPlanner;
import dev.esrlink.applicant.ApplicantRows;
import dev.esrlink.file.FileType;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.matching.Placement;
import dev.esrlink.notification.Notification;
import dev.esrlink.notification.NotificationFactory;
import dev.esrlink.reference.Refs;
import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.Notifications;
import dev.esrlink.store.SentApplicants;
import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.store.StoredRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * APP: the applicants due today (rules 2, 3 and 5), each recorded as sent with its reference, and a
 * type 1 rotation notification raised for each.
 */
@ApplicationScoped
public class ApplicantExport implements ClaimingExport<Applicant> {
  private final ApplicantPlanner planner;
  private final SentApplicants sent;
  private final Notifications notifications;

  @Inject
  public ApplicantExport(
      ApplicantPlanner planner, SentApplicants sent, Notifications notifications) {
    this.planner = planner;
    this.sent = sent;
    this.notifications = notifications;
  }

  @Override
  public FileType type() {
    return FileType.APP;
  }

  @Override
  public List<Applicant> due(ExportScope scope) {
    LocalOfficeState state = scope.state();
    Map<String, StoredRecord> trainees = scope.trainees();
    return planner.plan(state, trainees.keySet(), sent.storeKeys(scope.lo()), scope.today());
  }

  @Override
  public void claim(ExportScope scope, List<Applicant> due, Run run) {
    LocalOfficeState state = scope.state();
    Map<String, StoredRecord> trainees = scope.trainees();
    NotificationFactory factory = new NotificationFactory(scope.lo(), trainees::get);
    List<SentApplicants.Sending> sending = new ArrayList<>();
    List<Notification> rotations = new ArrayList<>();
    for (Applicant applicant : due) {
      Placement placement = applicant.placement();
      String positionId = applicant.position().positionId();
      sending.add(
          new SentApplicants.Sending(
              placement.placementId(),
              positionId,
              applicant.ref(),
              placement.tpn(),
              placement.start(),
              placement.end(),
              ApplicantRows.row(applicant, trainees.get(placement.traineeId()))));
      Placement current =
          state.current(placement.tpn(), scope.today(), placement.placementId()).orElse(null);
      rotations.add(
          factory.rotation(
              Refs.rotation(placement.placementId(), positionId),
              placement.tpn(),
              applicant.position(),
              current,
              placement));
    }
    sent.record(scope.lo(), run.sequence(), run.key(), sending);
    notifications.raise(scope.lo(), rotations.stream().map(Notification::raised).toList());
  }

  @Override
  public List<Map<String, String>> claimed(String lo, Run run) {
    List<Map<String, String>> rows = new ArrayList<>();
    sent.claimedBy(lo, run.sequence()).stream().map(SentApplicant::row).forEach(rows::add);
    rows.sort(RowOrder.BY_TPN_THEN_REF);
    return rows;
  }
}
