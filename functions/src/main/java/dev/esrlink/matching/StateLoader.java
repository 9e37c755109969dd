package dev.esrlink.matching;

import dev.esrlink.store.Records;
import dev.esrlink.store.StoredRecord;
import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads a Local Office's posts, positions and placements with three index queries. */
@ApplicationScoped
public class StateLoader {
  private final Records records;

  @Inject
  public StateLoader(Records records) {
    this.records = records;
  }

  public LocalOfficeState load(String lo) {
    Map<Tpn, Post> posts = new HashMap<>();
    records.posts(lo).forEach(p -> posts.put(Tpn.of(p.field("tpn")), Post.of(p)));
    List<Position> positions =
        records.positionParts(lo).values().stream().map(Position::of).toList();
    List<Placement> placements = records.placements(lo).stream().map(Placement::of).toList();
    return new LocalOfficeState(lo, posts, positions, placements);
  }

  /** The trainees of the Local Office's placements, by id. */
  public Map<String, StoredRecord> trainees(LocalOfficeState state) {
    return trainees(state.placements().stream().map(Placement::traineeId).toList());
  }

  /** Trainees by id, for the ids given (absent and deleted ones are left out). */
  public Map<String, StoredRecord> trainees(List<String> traineeIds) {
    return records.liveTrainees(traineeIds);
  }
}
