package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.constructs.Node;

/**
 * The inbound files each Local Office is expected to receive by a time on working days, from CDK
 * context: {@code esrlink.arrivals.expect} for every office (default {@code RMC@10:00}) and {@code
 * esrlink.arrivals.expect.<LO>} for one, each {@code TYPES[@HH:mm]} with the types joined by {@code
 * +}; an empty value means no check. The time moves that office's ARRIVALS schedule; the types
 * reach the functions that run the job (status, and operate when it re-drives one) as {@code
 * ESRLINK_ARRIVALS_EXPECT} and {@code ESRLINK_ARRIVALS_EXPECT_BY_OFFICE}.
 */
final class ArrivalExpectations {

  static final String JOB = "ARRIVALS";
  static final String ALL_VARIABLE = "ESRLINK_ARRIVALS_EXPECT";
  static final String BY_OFFICE_VARIABLE = "ESRLINK_ARRIVALS_EXPECT_BY_OFFICE";
  static final String DEFAULT = "RMC@10:00";

  /** The inbound file types of the interface (spec section 1). */
  static final Set<String> INBOUND_TYPES =
      Set.of("RMF", "RMC", "APC", "DCC", "POSTS", "TRAINEES", "PLACEMENTS");

  /** One expectation: the types (empty: no check) and the time of the check, if given. */
  record Expectation(List<String> types, Optional<LocalTime> at) {}

  private ArrivalExpectations() {}

  static Expectation all(Node node) {
    return parse("arrivals.expect", node.tryGetContext(InfraSettings.PREFIX + "arrivals.expect"))
        .orElseGet(() -> parse("arrivals.expect", DEFAULT).orElseThrow());
  }

  static Map<String, Expectation> byOffice(Node node) {
    Map<String, Expectation> byOffice = new LinkedHashMap<>();
    for (String lo : Topology.LOCAL_OFFICES) {
      String key = "arrivals.expect." + lo;
      parse(key, node.tryGetContext(InfraSettings.PREFIX + key))
          .ifPresent(e -> byOffice.put(lo, e));
    }
    return byOffice;
  }

  /**
   * The ARRIVALS schedule times the expectations give: {@code ARRIVALS} and {@code ARRIVALS.LO}.
   */
  static Map<String, LocalTime> scheduleTimes(Node node) {
    Map<String, LocalTime> times = new LinkedHashMap<>();
    all(node).at().ifPresent(t -> times.put(JOB, t));
    byOffice(node).forEach((lo, e) -> e.at().ifPresent(t -> times.put(JOB + "." + lo, t)));
    return times;
  }

  static void apply(HubFunctions functions, Node node) {
    String all = String.join("+", all(node).types());
    List<String> byOffice = new ArrayList<>();
    byOffice(node).forEach((lo, e) -> byOffice.add(lo + "=" + String.join("+", e.types())));
    for (LambdaFunction function : List.of(LambdaFunction.STATUS, LambdaFunction.OPERATE)) {
      var lambda = functions.get(function).function();
      lambda.addEnvironment(ALL_VARIABLE, all);
      if (!byOffice.isEmpty()) {
        lambda.addEnvironment(BY_OFFICE_VARIABLE, String.join(",", byOffice));
      }
    }
  }

  private static Optional<Expectation> parse(String key, Object raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = String.valueOf(raw).trim();
    String[] parts = text.split("@", 2);
    List<String> types = new ArrayList<>();
    for (String type : parts[0].split("\\+")) {
      String t = type.trim().toUpperCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      if (!INBOUND_TYPES.contains(t)) {
        throw new IllegalArgumentException(
            InfraSettings.PREFIX + key + "=" + text + ": " + t + " is not an inbound file type");
      }
      types.add(t);
    }
    Optional<LocalTime> at = Optional.empty();
    if (parts.length == 2) {
      try {
        at = Optional.of(LocalTime.parse(parts[1].trim()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            InfraSettings.PREFIX + key + "=" + text + ": the time is not HH:mm", e);
      }
    }
    return Optional.of(new Expectation(List.copyOf(types), at));
  }
}
