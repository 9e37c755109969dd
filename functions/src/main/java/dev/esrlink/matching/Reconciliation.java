package dev.esrlink.matching;

import dev.esrlink.tpn.Tpn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The RECONCILIATION rows of a Local Office (spec section 4.2): MATCHED per post and live position,
 * UNMATCHED_POST, UNMATCHED_POSITION with near-miss suggestions, DELETED per deleted position;
 * ordered by TPN then positionId.
 */
public final class Reconciliation {
  private Reconciliation() {}

  public static List<Map<String, String>> rows(LocalOfficeState state) {
    Set<Tpn> livePosts = new TreeSet<>();
    state.posts().values().stream().filter(Post::live).forEach(p -> livePosts.add(p.tpn()));
    Set<Tpn> unmatchedPosts = new TreeSet<>();
    Set<Tpn> unmatchedPositionTpns = new TreeSet<>();
    livePosts.stream().filter(t -> state.livePositions(t).isEmpty()).forEach(unmatchedPosts::add);
    state.positionsByTpn().keySet().stream()
        .filter(t -> !livePosts.contains(t) && !state.livePositions(t).isEmpty())
        .forEach(unmatchedPositionTpns::add);
    Map<String, Set<Tpn>> postKeys = nearMissIndex(unmatchedPosts);
    Map<String, Set<Tpn>> positionKeys = nearMissIndex(unmatchedPositionTpns);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Tpn tpn : unionOf(livePosts, state.positionsByTpn().keySet())) {
      if (unmatchedPosts.contains(tpn)) {
        rows.add(row(tpn, "UNMATCHED_POST", null, suggestion(tpn, positionKeys)));
      }
      for (Position position : state.positionsByTpn().getOrDefault(tpn, List.of())) {
        String status =
            position.deleted()
                ? "DELETED"
                : livePosts.contains(tpn) ? "MATCHED" : "UNMATCHED_POSITION";
        rows.add(
            row(
                tpn,
                status,
                position,
                status.equals("UNMATCHED_POSITION") ? suggestion(tpn, postKeys) : null));
      }
    }
    rows.sort(
        Comparator.comparing((Map<String, String> r) -> r.get("tpn"))
            .thenComparing(
                r -> r.getOrDefault("positionId", ""),
                Comparator.comparing(Reconciliation::numericKey)));
    return rows;
  }

  private static String numericKey(String id) {
    return String.format("%20s", id);
  }

  private static Set<Tpn> unionOf(Set<Tpn> a, Set<Tpn> b) {
    Set<Tpn> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, Set<Tpn>> nearMissIndex(Set<Tpn> tpns) {
    Map<String, Set<Tpn>> index = new TreeMap<>();
    tpns.forEach(t -> index.computeIfAbsent(t.nearMissKey(), k -> new TreeSet<>()).add(t));
    return index;
  }

  private static String suggestion(Tpn tpn, Map<String, Set<Tpn>> otherSide) {
    Set<Tpn> candidates = otherSide.get(tpn.nearMissKey());
    return candidates == null
        ? null
        : String.join(";", candidates.stream().map(Tpn::value).toList());
  }

  private static Map<String, String> row(
      Tpn tpn, String status, Position position, String suggestion) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("tpn", tpn.value());
    row.put("status", status);
    if (position != null) {
      row.put("positionId", position.positionId());
      row.put("positionNumber", position.positionNumber());
      row.put("employerRole", position.employerRole());
      row.put("odsEmployerCode", position.odsEmployerCode());
      row.put("employingVpd", position.employingVpd());
    }
    row.put("suggestion", suggestion);
    return row;
  }
}
