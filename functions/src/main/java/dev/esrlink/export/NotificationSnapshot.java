package dev.esrlink.export;

import dev.esrlink.file.FileType;
import dev.esrlink.matching.LocalOfficeState;
import dev.esrlink.notification.NotificationFactory;
import dev.esrlink.reference.Refs;
import dev.esrlink.store.References;
import dev.esrlink.store.References.Reference;
import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DNF on request: one type 1 per live matched position, current and next incumbent as of today. */
@ApplicationScoped
public class NotificationSnapshot implements DailySnapshot {
  private final References references;

  @Inject
  public NotificationSnapshot(References references) {
    this.references = references;
  }

  @Override
  public FileType type() {
    return FileType.DNF;
  }

  @Override
  public String recordType() {
    return "NOT";
  }

  @Override
  public List<Map<String, String>> rows(ExportScope scope) {
    LocalDate today = scope.today();
    LocalOfficeState state = scope.state();
    NotificationFactory factory = new NotificationFactory(scope.lo(), scope.trainees()::get);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Tpn tpn : state.posts().keySet()) {
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
                          .values()));
    }
    rows.sort(RowOrder.BY_TPN_THEN_REF);
    return rows;
  }

  /** DCC confirms DNF rows too: each row's reference points at its TPN. */
  @Override
  public void beforeWrite(List<Map<String, String>> rows) {
    references.putSnapshot(
        rows.stream()
            .map(
                r ->
                    new Reference(r.get("notificationRef"), null, Tpn.of(r.get("tpn")), null, null))
            .toList());
  }
}
