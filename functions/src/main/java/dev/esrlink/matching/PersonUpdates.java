package dev.esrlink.matching;

import dev.esrlink.file.FileName;
import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import dev.esrlink.store.TableStore;
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

  private final TableStore store;

  @Inject
  public PersonUpdates(TableStore store) {
    this.store = store;
  }

  /** Candidate rows (not yet filtered by what was sent), ordered by traineeId then field. */
  public List<Map<String, String>> rows(LocalOfficeState state, Map<String, Item> trainees) {
    Map<String, Position> positions = new LinkedHashMap<>();
    state
        .positionsByTpn()
        .values()
        .forEach(list -> list.forEach(p -> positions.put(p.positionId(), p)));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Item trainee : new java.util.TreeMap<>(trainees).values()) {
      String traineeId = trainee.string(Keys.FIELD + "traineeId");
      Set<String> tpns =
          state.placements().stream()
              .filter(p -> traineeId.equals(p.traineeId()) && !p.deleted())
              .map(Placement::tpn)
              .collect(Collectors.toSet());
      leadPerson(trainee, tpns, positions)
          .ifPresent(person -> rows.addAll(differences(trainee, person)));
    }
    return rows;
  }

  private java.util.Optional<List<Item>> leadPerson(
      Item trainee, Set<String> tpns, Map<String, Position> positions) {
    String gmc = trainee.string(Keys.FIELD + "gmcNumber");
    String gdc = trainee.string(Keys.FIELD + "gdcNumber");
    String registration = gmc != null ? "GMC#" + gmc : gdc != null ? "GDC#" + gdc : null;
    if (registration == null) {
      return java.util.Optional.empty();
    }
    for (Item pbd : store.queryRegistration(registration)) {
      if (pbd.flag(Keys.DELETED)) {
        continue;
      }
      List<Item> person = store.query(pbd.pk());
      boolean lead =
          person.stream()
              .anyMatch(
                  i ->
                      i.sk().startsWith("ASG#")
                          && !i.flag(Keys.DELETED)
                          && tpns.contains(i.string(Keys.FIELD + "tpn"))
                          && isLead(positions.get(i.string(Keys.FIELD + "positionId"))));
      if (lead) {
        return java.util.Optional.of(person);
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean isLead(Position position) {
    return position != null && position.live() && position.lead();
  }

  private static List<Map<String, String>> differences(Item trainee, List<Item> person) {
    List<Map<String, String>> rows = new ArrayList<>();
    Item pers = part(person, "PERS");
    Item address = part(person, "ADD");
    for (String field : fieldsInOrder()) {
      Item source = PERS_FIELDS.contains(field) ? pers : address;
      if (source == null || source.flag(Keys.DELETED)) {
        continue;
      }
      String esr = source.string(Keys.FIELD + field);
      String letb = trainee.string(Keys.FIELD + field);
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
      Item trainee, String field, String oldValue, String newValue, Item source) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("traineeId", trainee.string(Keys.FIELD + "traineeId"));
    row.put("gmcNumber", trainee.string(Keys.FIELD + "gmcNumber"));
    row.put("field", field);
    row.put("oldValue", oldValue);
    row.put("newValue", newValue);
    String effective =
        source.string(Keys.FIELD + ("ADD".equals(source.sk()) ? "effectiveFrom" : "effectiveDate"));
    row.put(
        "effectiveDate",
        effective != null ? effective : FileName.parse(source.string(Keys.FILE)).date().toString());
    row.put("sourceFile", source.string(Keys.FILE));
    return row;
  }

  private static Item part(List<Item> person, String sk) {
    return person.stream().filter(i -> sk.equals(i.sk())).findFirst().orElse(null);
  }
}
