package dev.esrlink.matching;

import dev.esrlink.tpn.Tpn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the store holds for one Local Office, grouped by TPN: posts, positions, placements. Answers
 * the matching questions of rule 1 and the incumbent questions of rule 4.
 */
public final class LocalOfficeState {
  private final String localOffice;
  private final Map<Tpn, Post> posts;
  private final Map<Tpn, List<Position>> positionsByTpn = new TreeMap<>();
  private final Map<Tpn, List<Placement>> placementsByTpn = new TreeMap<>();
  private final List<Placement> placements;

  public LocalOfficeState(
      String localOffice,
      Map<Tpn, Post> posts,
      List<Position> positions,
      List<Placement> placements) {
    this.localOffice = localOffice;
    this.posts = new TreeMap<>(posts);
    this.placements = List.copyOf(placements);
    positions.stream()
        .filter(p -> p.tpn() != null)
        .sorted(Comparator.comparing(Position::positionId))
        .forEach(p -> positionsByTpn.computeIfAbsent(p.tpn(), k -> new ArrayList<>()).add(p));
    placements.stream()
        .filter(p -> p.tpn() != null)
        .forEach(p -> placementsByTpn.computeIfAbsent(p.tpn(), k -> new ArrayList<>()).add(p));
  }

  public String localOffice() {
    return localOffice;
  }

  public Map<Tpn, Post> posts() {
    return posts;
  }

  public List<Placement> placements() {
    return placements;
  }

  public Map<Tpn, List<Position>> positionsByTpn() {
    return positionsByTpn;
  }

  public List<Position> livePositions(Tpn tpn) {
    return positionsByTpn.getOrDefault(tpn, List.of()).stream().filter(Position::live).toList();
  }

  /** Rule 1: the post exists, is live, and its TPN has at least one live position. */
  public boolean matched(Tpn tpn) {
    Post post = posts.get(tpn);
    return post != null && post.live() && !livePositions(tpn).isEmpty();
  }

  /** The live positions of a matched TPN, else none. */
  public List<Position> liveMatchedPositions(Tpn tpn) {
    return matched(tpn) ? livePositions(tpn) : List.of();
  }

  public List<Placement> placementsOn(Tpn tpn) {
    return placementsByTpn.getOrDefault(tpn, List.of());
  }

  /** The eligible placement covering the day: the latest start, then the lowest id. */
  public Optional<Placement> current(Tpn tpn, LocalDate day, String except) {
    return placementsOn(tpn).stream()
        .filter(p -> p.eligible() && p.covers(day) && !p.placementId().equals(except))
        .max(
            Comparator.comparing(Placement::start)
                .thenComparing(Placement::placementId, Comparator.reverseOrder()));
  }

  /** The first eligible placement starting after the day. */
  public Optional<Placement> next(Tpn tpn, LocalDate day) {
    return placementsOn(tpn).stream()
        .filter(p -> p.eligible() && p.start() != null && p.start().isAfter(day))
        .min(Comparator.comparing(Placement::start).thenComparing(Placement::placementId));
  }
}
