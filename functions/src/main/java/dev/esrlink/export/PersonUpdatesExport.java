package dev.esrlink.export;

import dev.esrlink.file.FileType;
import dev.esrlink.matching.PersonUpdates;
import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.SentPersonUpdates;
import dev.esrlink.store.SentPersonUpdates.Update;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ESRUPDATES (the LETB job, Full Records mode): the person details ESR holds differently from the
 * LETB, each (trainee, field, new value) once.
 */
@ApplicationScoped
public class PersonUpdatesExport implements ClaimingExport<Update> {
  private static final Comparator<Map<String, String>> BY_TRAINEE_THEN_FIELD =
      Comparator.comparing((Map<String, String> r) -> r.get("traineeId"))
          .thenComparing(r -> r.get("field"));

  private final PersonUpdates personUpdates;
  private final SentPersonUpdates sent;

  @Inject
  public PersonUpdatesExport(PersonUpdates personUpdates, SentPersonUpdates sent) {
    this.personUpdates = personUpdates;
    this.sent = sent;
  }

  @Override
  public boolean fullRecordsOnly() {
    return true;
  }

  @Override
  public FileType type() {
    return FileType.ESRUPDATES;
  }

  @Override
  public List<Update> due(ExportScope scope) {
    return sent.unsent(personUpdates.rows(scope.state(), scope.trainees()));
  }

  @Override
  public void claim(ExportScope scope, List<Update> due, Run run) {
    sent.record(scope.lo(), run.sequence(), due);
  }

  @Override
  public List<Map<String, String>> claimed(String lo, Run run) {
    List<Map<String, String>> rows = new ArrayList<>(sent.claimedBy(lo, run.sequence()));
    rows.sort(BY_TRAINEE_THEN_FIELD);
    return rows;
  }
}
