package dev.esrlink.matching;

import dev.esrlink.file.FileName;
import dev.esrlink.store.PersonParts;
import dev.esrlink.store.Records;
import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Person updates for Full Records (rule 6, spec section 4.2): a trainee is matched to an ESR person
 * by GMC (else GDC) number from the PBD record, only when that person has an assignment on a LEAD
 * position whose TPN equals one of the trainee's placement TPNs; each TRAINEES field whose ESR
 * value differs from the LETB's is one row.
 */
@ApplicationScoped
public class PersonUpdates {
  static final List<String> PERS_FIELDS =
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
          "mobileTel");
  static final List<String> ADD_FIELDS = List.of("line1", "line2", "town", "postcode");

  private final Records records;

  @Inject
  public PersonUpdates(Records records) {
    this.records = records;
  }

  /** Candidate rows (not yet filtered by what was sent), ordered by traineeId then field. */
  public List<Map<String, String>> rows(
      LocalOfficeState state, Map<String, StoredRecord> trainees) {
    Map<String, Position> positions = new LinkedHashMap<>();
    state
        .positionsByTpn()
        .values()
        .forEach(list -> list.forEach(p -> positions.put(p.positionId(), p)));
    List<Map<String, String>> rows = new ArrayList<>();
    for (StoredRecord trainee : new java.util.TreeMap<>(trainees).values()) {
      String traineeId = trainee.field("traineeId");
      Set<Tpn> tpns =
          state.placements().stream()
              .filter(p -> traineeId.equals(p.traineeId()) && !p.deleted())
              .map(Placement::tpn)
              .collect(Collectors.toSet());
      leadPerson(trainee, tpns, positions)
          .ifPresent(person -> rows.addAll(differences(trainee, person)));
    }
    return rows;
  }

  private java.util.Optional<List<StoredRecord>> leadPerson(
      StoredRecord trainee, Set<Tpn> tpns, Map<String, Position> positions) {
    String gmc = trainee.field("gmcNumber");
    String gdc = trainee.field("gdcNumber");
    if (gmc == null && gdc == null) {
      return java.util.Optional.empty();
    }
    List<StoredRecord> registrations =
        gmc != null ? records.registrations("GMC", gmc) : records.registrations("GDC", gdc);
    for (StoredRecord pbd : registrations) {
      if (pbd.deleted()) {
        continue;
      }
      List<StoredRecord> person = records.personOf(pbd);
      boolean lead =
          person.stream()
              .anyMatch(
                  i ->
                      i.isAssignment()
                          && !i.deleted()
                          && tpns.contains(Tpn.of(i.field("tpn")))
                          && isLead(positions.get(i.field("positionId"))));
      if (lead) {
        return java.util.Optional.of(person);
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isLead(Position position) {
    return position != null && position.live() && position.lead();
  }

  private static List<Map<String, String>> differences(
      StoredRecord trainee, List<StoredRecord> person) {
    List<Map<String, String>> rows = new ArrayList<>();
    StoredRecord pers = part(person, PersonParts.PERS);
    StoredRecord address = part(person, PersonParts.ADD);
    for (String field : fieldsInOrder()) {
      StoredRecord source = PERS_FIELDS.contains(field) ? pers : address;
      if (source == null || source.deleted()) {
        continue;
      }
      String esr = source.field(field);
      String letb = trainee.field(field);
      if (esr != null && !esr.equals(letb)) {
        rows.add(row(trainee, field, letb, esr, source));
      }
    }
    return rows;
  }

  private static List<String> fieldsInOrder() {
    List<String> fields = new ArrayList<>(PERS_FIELDS);
    fields.addAll(ADD_FIELDS);
    fields.sort(String::compareTo);
    return fields;
  }

  private static Map<String, String> row(
      StoredRecord trainee, String field, String oldValue, String newValue, StoredRecord source) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("traineeId", trainee.field("traineeId"));
    row.put("gmcNumber", trainee.field("gmcNumber"));
    row.put("field", field);
    row.put("oldValue", oldValue);
    row.put("newValue", newValue);
    String effective = source.field(source.isAddress() ? "effectiveFrom" : "effectiveDate");
    row.put(
        "effectiveDate",
        effective != null ? effective : FileName.parse(source.sourceFile()).date().toString());
    row.put("sourceFile", source.sourceFile());
    return row;
  }

  private static StoredRecord part(List<StoredRecord> person, String part) {
    return person.stream().filter(i -> i.isPart(part)).findFirst().orElse(null);
  }
}
