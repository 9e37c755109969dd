package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import software.constructs.Node;

/**
 * The business rules from CDK context, with the current defaults, passed to every function as the
 * environment variables its configuration reads ({@code RulesConfig}): the notice window (rule 2),
 * the cap per TPN (rule 5) and the retention of personal data in the table. The mass-deletion share
 * (rule 7) is {@link GuardShare}'s. docs/deploy.md lists the keys.
 */
final class BusinessRules {

  /** Context key (after {@code esrlink.rules.}), default, environment variable. */
  record Rule(String key, int fallback, String variable) {}

  static final Map<String, Rule> RULES = rules();

  private BusinessRules() {}

  private static Map<String, Rule> rules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (Rule rule :
        new Rule[] {
          new Rule("noticeMinDays", 2, "ESRLINK_RULES_NOTICE_MIN_DAYS"),
          new Rule("noticeMaxWeeks", 13, "ESRLINK_RULES_NOTICE_MAX_WEEKS"),
          new Rule("maxApplicantsPerTpn", 40, "ESRLINK_RULES_MAX_APPLICANTS_PER_TPN"),
          new Rule("personalDataDays", 400, "ESRLINK_RULES_PERSONAL_DATA_DAYS")
        }) {
      rules.put(rule.key(), rule);
    }
    return Map.copyOf(rules);
  }

  /** The value of every rule: the context's, else the default; each at least 1. */
  static Map<String, Integer> values(Node node) {
    Map<String, Integer> values = new LinkedHashMap<>();
    RULES.forEach(
        (key, rule) -> {
          Object raw = node.tryGetContext(InfraSettings.PREFIX + "rules." + key);
          int value = raw == null ? rule.fallback() : parse(key, raw);
          values.put(key, value);
        });
    return values;
  }

  static void apply(HubFunctions functions, Node node) {
    Map<String, Integer> values = values(node);
    for (LambdaFunction function : LambdaFunction.values()) {
      var lambda = functions.get(function).function();
      values.forEach(
          (key, value) -> lambda.addEnvironment(RULES.get(key).variable(), value.toString()));
    }
  }

  private static int parse(String key, Object raw) {
    try {
      int value = (int) Double.parseDouble(String.valueOf(raw));
      if (value < 1) {
        throw new IllegalArgumentException(
            InfraSettings.PREFIX + "rules." + key + " must be at least 1: " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          InfraSettings.PREFIX + "rules." + key + " is not a number: " + raw, e);
    }
  }
}
