package dev.esrlink.notification;

import dev.esrlink.matching.Placement;
import dev.esrlink.matching.Position;
import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds NOT records (rule 4): one per live matched position, with the current incumbent (the
 * placement covering today), the next one, a withdrawn one, or new dates, as the type needs.
 */
public final class NotificationFactory {
  private final String lo;
  private final Function<String, StoredRecord> trainees;

  /** {@code trainees} finds a trainee item by id (null when unknown). */
  public NotificationFactory(String lo, Function<String, StoredRecord> trainees) {
    this.lo = lo;
    this.trainees = trainees;
  }

  /** Type 1 rotation: current (if any) and next incumbent on a position. */
  public Notification rotation(
      String ref, Tpn tpn, Position position, Placement current, Placement next) {
    Map<String, String> row = base(ref, 1, tpn, position);
    current(row, current);
    if (next != null) {
      person(row, "next", next.traineeId());
      row.put("nextProjectedStartDate", next.start().toString());
      row.put("nextGrade", next.grade());
    }
    return new Notification(ref, tpn, next == null ? null : next.placementId(), row);
  }

  /** Type 1 with postVacantAtNextRotation Y: the current placement ends with no successor. */
  public Notification vacancy(String ref, Tpn tpn, Position position, Placement current) {
    Map<String, String> row = base(ref, 1, tpn, position);
    current(row, current);
    row.put("postVacantAtNextRotation", "Y");
    return new Notification(ref, tpn, current.placementId(), row);
  }

  /** Type 1 with postDeleted Y: the LETB deleted the post or set it INACTIVE. */
  public Notification postDeleted(
      String ref, Tpn tpn, Position position, Placement current, Placement next) {
    Notification rotation = rotation(ref, tpn, position, current, next);
    rotation.values().put("postDeleted", "Y");
    return rotation;
  }

  /** Type 2 withdrawal, reason 3 (other). */
  public Notification withdrawal(String ref, Position position, Placement withdrawn) {
    Map<String, String> row = base(ref, 2, withdrawn.tpn(), position);
    person(row, "withdrawn", withdrawn.traineeId());
    row.put("withdrawalReason", "3");
    return new Notification(ref, withdrawn.tpn(), withdrawn.placementId(), row);
  }

  /** Type 4 date change: the trainee of the placement and its new dates. */
  public Notification dateChange(String ref, Position position, Placement changed) {
    Map<String, String> row = base(ref, 4, changed.tpn(), position);
    person(row, "next", changed.traineeId());
    row.put("newProjectedHireDate", date(changed.start()));
    row.put("newProjectedEndDate", date(changed.end()));
    return new Notification(ref, changed.tpn(), changed.placementId(), row);
  }

  /** Type 5 new post: one NOT, employerRole empty. */
  public Notification newPost(String ref, Tpn tpn) {
    return new Notification(ref, tpn, null, base(ref, 5, tpn, null));
  }

  private Map<String, String> base(String ref, int type, Tpn tpn, Position position) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("notificationRef", ref);
    row.put("notificationType", Integer.toString(type));
    row.put("tpn", tpn.value());
    row.put("managingLo", lo);
    if (position != null && position.employerRole() != null) {
      row.put("employerRole", position.employerRole());
    }
    row.put("postVacantAtNextRotation", "N");
    row.put("postDeleted", "N");
    return row;
  }

  private void current(Map<String, String> row, Placement current) {
    if (current == null) {
      return;
    }
    person(row, "current", current.traineeId());
    row.put("currentProjectedEndDate", date(current.end()));
    if (current.wte() != null) {
      row.put("currentWte", current.wte());
    }
  }

  private void person(Map<String, String> row, String role, String traineeId) {
    StoredRecord trainee = trainees.apply(traineeId);
    if (trainee == null) {
      return;
    }
    putIfPresent(row, role + "LastName", trainee.field("lastName"));
    putIfPresent(row, role + "FirstName", trainee.field("firstName"));
    putIfPresent(row, role + "Gmc", trainee.field("gmcNumber"));
  }

  private static void putIfPresent(Map<String, String> row, String field, String value) {
    if (value != null) {
      row.put(field, value);
    }
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
