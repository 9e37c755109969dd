package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.constructs.Node;

/**
 * Deployment settings read from CDK context ({@code -c key=value} on the CDK CLI, {@code
 * -Dkey=value} on the Maven build). Every key, with its default, is listed in docs/deploy.md.
 */
public record InfraSettings(
    String stage,
    String region,
    int inboundRetentionDays,
    int outboundRetentionDays,
    int operationsRetentionDays,
    int noncurrentVersionDays,
    int accessLogRetentionDays,
    int logRetentionDays,
    String fullRecordsOffices,
    Optional<String> alarmEmail,
    Map<String, LocalTime> scheduleOverrides) {

  public static final String PREFIX = "esrlink.";

  /** The stage when none is given: a developer's own deployment. */
  public static final String DEFAULT_STAGE = "dev";

  /**
   * Lower-case letters and digits, starting with a letter: valid in a stack name, a key alias, a
   * schedule group and a schedule name, and short enough to keep them within their limits.
   */
  static final java.util.regex.Pattern STAGE =
      java.util.regex.Pattern.compile("[a-z][a-z0-9]{0,11}");

  /** Retention periods CloudWatch Logs accepts. */
  static final Set<Integer> LOG_RETENTION_DAYS =
      Set.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  /** Reads every setting from the context of {@code node}, falling back to the defaults. */
  public static InfraSettings from(Node node) {
    Context context = new Context(node);
    int logDays = context.number("logRetentionDays", 90);
    if (!LOG_RETENTION_DAYS.contains(logDays)) {
      throw new IllegalArgumentException(
          PREFIX + "logRetentionDays=" + logDays + " is not one of " + LOG_RETENTION_DAYS);
    }
    String stage = context.text("stage", DEFAULT_STAGE);
    if (!STAGE.matcher(stage).matches()) {
      throw new IllegalArgumentException(
          PREFIX
              + "stage="
              + stage
              + " is not 1 to 12 lower-case letters and digits, letter first");
    }
    return new InfraSettings(
        stage,
        context.text("region", Topology.DEFAULT_REGION),
        context.number("retention.inboundDays", 400),
        context.number("retention.outboundDays", 400),
        context.number("retention.operationsDays", 400),
        context.number("retention.noncurrentVersionDays", 30),
        context.number("retention.accessLogDays", 400),
        logDays,
        context.text("modeFullRecords", ""),
        Optional.of(context.text("alarmEmail", "")).filter(s -> !s.isBlank()),
        scheduleOverrides(context, node));
  }

  /** The stack's name: the stage, then {@code EsrLink}, e.g. {@code test-EsrLink}. */
  public String stackName() {
    return named(EsrLinkStack.STEM);
  }

  /** {@code name} prefixed with the stage, so two stages live side by side in one account. */
  public String named(String name) {
    return stage + "-" + name;
  }

  /** Days an object stays in {@code bucket} before it expires. */
  public int retentionDays(Bucket bucket) {
    return switch (bucket) {
      case ESR_INBOUND, LETB_INBOUND -> inboundRetentionDays;
      case ESR_OUTBOUND, LETB_OUTBOUND -> outboundRetentionDays;
      case OPERATIONS -> operationsRetentionDays;
    };
  }

  /** Explicit {@code schedule.*} times win over the time of an arrivals expectation. */
  private static Map<String, LocalTime> scheduleOverrides(Context context, Node node) {
    Map<String, LocalTime> overrides = new LinkedHashMap<>(ArrivalExpectations.scheduleTimes(node));
    for (String job : Topology.DAILY_JOBS.keySet()) {
      context.time("schedule." + job).ifPresent(t -> overrides.put(job, t));
      for (String lo : Topology.LOCAL_OFFICES) {
        String key = job + "." + lo;
        context.time("schedule." + key).ifPresent(t -> overrides.put(key, t));
      }
    }
    return Map.copyOf(overrides);
  }

  /** Typed access to {@code esrlink.*} context values, which arrive as strings or numbers. */
  private record Context(Node node) {

    Optional<String> raw(String key) {
      return Optional.ofNullable(node.tryGetContext(PREFIX + key)).map(String::valueOf);
    }

    String text(String key, String fallback) {
      return raw(key).orElse(fallback);
    }

    int number(String key, int fallback) {
      String value = text(key, String.valueOf(fallback));
      try {
        int parsed = (int) Double.parseDouble(value);
        if (parsed < 1) {
          throw new IllegalArgumentException(PREFIX + key + " must be at least 1: " + value);
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PREFIX + key + " is not a number: " + value, e);
      }
    }

    Optional<LocalTime> time(String key) {
      return raw(key).map(value -> parseTime(key, value));
    }

    private static LocalTime parseTime(String key, String value) {
      try {
        return LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(PREFIX + key + " is not a HH:mm time: " + value, e);
      }
    }
  }
}
