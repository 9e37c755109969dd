package dev.esrlink.matching;

import dev.esrlink.store.Item;
import dev.esrlink.store.Keys;
import dev.esrlink.store.TableStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a Local Office's posts, positions and placements with three index queries. */
@ApplicationScoped
public class StateLoader {
  private final TableStore store;

  @Inject
  public StateLoader(TableStore store) {
    this.store = store;
  }

  public LocalOfficeState load(String lo) {
    Map<String, Post> posts = new HashMap<>();
    store
        .queryLocalOffice(Keys.localOffice(lo, "POST"))
        .forEach(i -> posts.put(i.string(Keys.FIELD + "tpn"), Post.of(i)));
    Map<String, List<Item>> parts = new LinkedHashMap<>();
    store
        .queryLocalOffice(Keys.localOffice(lo, "POS"))
        .forEach(i -> parts.computeIfAbsent(i.pk(), k -> new ArrayList<>()).add(i));
    List<Position> positions = parts.values().stream().map(Position::of).toList();
    List<Placement> placements =
        store.queryLocalOffice(Keys.localOffice(lo, "PLC")).stream().map(Placement::of).toList();
    return new LocalOfficeState(lo, posts, positions, placements);
  }

  /** The trainees of the Local Office's placements, by id. */
  public Map<String, Item> trainees(LocalOfficeState state) {
    return trainees(state.placements().stream().map(Placement::traineeId).toList());
  }

  /** Trainees by id, for the ids given (absent and deleted ones are left out). */
  public Map<String, Item> trainees(List<String> traineeIds) {
    List<Item> keys =
        traineeIds.stream().distinct().map(id -> Item.keyed(Keys.trainee(id), "TRN")).toList();
    Map<String, Item> byId = new HashMap<>();
    store.batchGet(keys).values().stream()
        .filter(i -> !i.flag(Keys.DELETED))
        .forEach(i -> byId.put(i.string(Keys.FIELD + "traineeId"), i));
    return byId;
  }
}
