package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.topology.LambdaFunction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The business rules reach every function as configuration, context over defaults. */
class BusinessRulesTest {

  @Test
  void everyFunctionGetsEveryRuleWithTheContextsValueOrTheDefault() {
    Map<String, LambdaFunction> functions = TopologyDriftTest.functionsByLogicalId();
    assertThat(functions).hasSize(LambdaFunction.values().length);
    functions.forEach(
        (id, function) -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> env =
              (Map<String, Object>)
                  SynthesizedStack.at(
                      SynthesizedStack.resources("AWS::Lambda::Function").get(id),
                      "Properties",
                      "Environment",
                      "Variables");
          assertThat(env)
              .as(function.exportName())
              .containsEntry("ESRLINK_RULES_NOTICE_MIN_DAYS", "2")
              .containsEntry("ESRLINK_RULES_NOTICE_MAX_WEEKS", "13")
              .containsEntry("ESRLINK_RULES_MAX_APPLICANTS_PER_TPN", "35")
              .containsEntry("ESRLINK_RULES_PERSONAL_DATA_DAYS", "400");
        });
  }

  @Test
  void theMassDeletionShareDefaultsToTwentyWhereRmfsAreApplied() {
    var app = InfraApp.app("target/unused", Map.of());
    assertThat(BusinessRules.values(app.getNode()))
        .containsEntry("noticeMinDays", 2)
        .containsEntry("maxApplicantsPerTpn", 40)
        .containsEntry("personalDataDays", 400);
    assertThat(GuardShare.DEFAULT_PERCENT).isEqualTo(20);
    String template = SynthesizedStack.json().toString();
    assertThat(template).contains(GuardShare.ALL_VARIABLE + "=20");
  }

  @Test
  void aRuleBelowOneIsRefused() {
    var app = InfraApp.app("target/unused", Map.of("esrlink.rules.noticeMaxWeeks", "0"));
    assertThatThrownBy(() -> BusinessRules.values(app.getNode()))
        .hasMessageContaining("esrlink.rules.noticeMaxWeeks must be at least 1");
  }
}
