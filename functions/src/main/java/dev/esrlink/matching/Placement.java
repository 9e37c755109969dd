package dev.esrlink.matching;

import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;
import java.time.LocalDate;
import java.util.Set;

/** A LETB placement of a trainee on a TPN. */
public record Placement(
    String placementId,
    String traineeId,
    Tpn tpn,
    LocalDate start,
    LocalDate end,
    String wte,
    String grade,
    String site,
    String type,
    String status,
    boolean deleted) {

  /** Placement types that make an applicant (rule 2). */
  public static final Set<String> ELIGIBLE_TYPES =
      Set.of(
          "IN_POST",
          "ACTING_UP",
          "EXTENSION",
          "PARENTAL_LEAVE",
          "LONG_TERM_SICK",
          "SUSPENDED",
          "PHASED_RETURN");

  public static Placement of(StoredRecord item) {
    return new Placement(
        item.field("placementId"),
        item.field("traineeId"),
        Tpn.of(item.field("tpn")),
        date(item.field("startDate")),
        date(item.field("endDate")),
        item.field("wte"),
        item.field("grade"),
        item.field("site"),
        item.field("placementType"),
        item.field("status"),
        item.deleted());
  }

  /** Not deleted, APPROVED, of an eligible type. */
  public boolean eligible() {
    return !deleted && "APPROVED".equals(status) && type != null && ELIGIBLE_TYPES.contains(type);
  }

  public boolean covers(LocalDate day) {
    return start != null && end != null && !start.isAfter(day) && !end.isBefore(day);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
