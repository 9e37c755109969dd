package dev.esrlink.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stored records (posts, position parts, placements, trainees, ESR person parts) for the
 * features, as {@link StoredRecord}s: an office's by its index, one by its id, people by
 * registration number.
 */
@ApplicationScoped
public class Records {
  private final TableStore store;

  @Inject
  public Records(TableStore store) {
    this.store = store;
  }

  public List<StoredRecord> posts(String lo) {
    return wrap(store.queryLocalOffice(Posts.index(lo)));
  }

  /** The parts of each of an office's positions, by position id, in index order. */
  public Map<String, List<StoredRecord>> positionParts(String lo) {
    Map<String, List<StoredRecord>> parts = new LinkedHashMap<>();
    store
        .queryLocalOffice(PositionParts.index(lo))
        .forEach(
            i ->
                parts
                    .computeIfAbsent(PositionParts.positionId(i), k -> new ArrayList<>(2))
                    .add(new StoredRecord(i)));
    return parts;
  }

  public List<StoredRecord> placements(String lo) {
    return wrap(store.queryLocalOffice(Placements.index(lo)));
  }

  public Optional<StoredRecord> post(String tpn) {
    return one(Posts.key(tpn));
  }

  public Optional<StoredRecord> placement(String placementId) {
    return one(Placements.key(placementId));
  }

  public Optional<StoredRecord> trainee(String traineeId) {
    return one(Trainees.key(traineeId));
  }

  /** The trainees of the ids given, by id; absent and deleted ones are left out. */
  public Map<String, StoredRecord> liveTrainees(Collection<String> traineeIds) {
    List<Item> keys = traineeIds.stream().distinct().map(Trainees::key).toList();
    Map<String, StoredRecord> byId = new HashMap<>();
    store.batchGet(keys).values().stream()
        .map(StoredRecord::new)
        .filter(t -> !t.deleted())
        .forEach(t -> byId.put(t.id(), t));
    return byId;
  }

  /** The registration parts (PBD) of ESR people registered with this body and number. */
  public List<StoredRecord> registrations(String body, String number) {
    return wrap(store.queryRegistration(Keys.registration(body, number)));
  }

  /** Every part of the person a registration part belongs to. */
  public List<StoredRecord> personOf(StoredRecord registration) {
    return wrap(store.query(registration.partition()));
  }

  private Optional<StoredRecord> one(Item key) {
    return store.get(key.pk(), key.sk()).map(StoredRecord::new);
  }

  private static List<StoredRecord> wrap(List<Item> items) {
    return items.stream().map(StoredRecord::new).toList();
  }
}
