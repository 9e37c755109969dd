package dev.esrlink.cli.generate;

import java.time.LocalDate;
import java.util.List;

/** The synthetic entities, as plain data. */
final class Model {

  private Model() {}

  /** A training post; {@code sentByLetb} false for a post only ESR knows. */
  record Post(
      int index,
      String tpn,
      String trustOds,
      String site,
      String specialty,
      String grade,
      String status,
      boolean sentByLetb,
      List<Position> positions) {}

  /** An ESR position of a post; {@code tpn} as ESR writes it (may differ in form). */
  record Position(
      long positionId,
      String positionNumber,
      String title,
      String tpn,
      String role,
      String employerOds,
      String vpd,
      boolean deleted) {}

  record Trainee(
      String traineeId,
      String gmcNumber,
      String gdcNumber,
      String title,
      String lastName,
      String firstName,
      String middleNames,
      String previousLastName,
      LocalDate dateOfBirth,
      String gender,
      String niNumber,
      String email,
      String mobileTel,
      String line1,
      String line2,
      String town,
      String postcode,
      String nationalTrainingNumber) {}

  record Placement(
      String placementId,
      String traineeId,
      String tpn,
      String startDate,
      String endDate,
      String wte,
      String grade,
      String site,
      String placementType,
      String status) {}
}
