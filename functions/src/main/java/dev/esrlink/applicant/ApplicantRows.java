package dev.esrlink.applicant;

import dev.esrlink.matching.Placement;
import dev.esrlink.store.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The APP record of an applicant (spec section 3.2 and 5.1). */
public final class ApplicantRows {
  private static final List<String> TRAINEE_FIELDS =
      List.of(
          "title",
          "lastName",
          "firstName",
          "middleNames",
          "previousLastName",
          "dateOfBirth",
          "gender",
          "niNumber",
          "email",
          "mobileTel",
          "line1",
          "line2",
          "town",
          "postcode",
          "nationalTrainingNumber");

  private ApplicantRows() {}

  public static Map<String, String> row(Applicant applicant, StoredRecord trainee) {
    Placement placement = applicant.placement();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("applicantRef", applicant.ref());
    row.put("effectiveDate", placement.start().toString());
    row.put("positionId", applicant.position().positionId());
    row.put("positionNumber", applicant.position().positionNumber());
    row.put("tpn", placement.tpn().value());
    for (String field : TRAINEE_FIELDS) {
      row.put(field, trainee.field(field));
    }
    String gmc = trainee.field("gmcNumber");
    String gdc = trainee.field("gdcNumber");
    row.put("professionalBody", gmc != null ? "GMC" : gdc != null ? "GDC" : null);
    row.put("registrationNumber", gmc != null ? gmc : gdc);
    row.put("projectedHireDate", placement.start().toString());
    row.put("projectedEndDate", placement.end().toString());
    row.put("grade", placement.grade());
    row.put("wte", placement.wte());
    row.values().removeIf(v -> v == null);
    return row;
  }
}
