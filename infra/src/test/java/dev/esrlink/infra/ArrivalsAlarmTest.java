package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The missing-inbound-file alarm on the synthesized template: one ARRIVALS schedule per Local
 * Office to the status function (at 10:00, or the time of the office's expectation), the
 * expectation as the configuration of the functions that run the job, a metric filter on their logs
 * and an alarm at one missing file.
 */
class ArrivalsAlarmTest {

  @Test
  void everyOfficeHasAnArrivalsScheduleToTheStatusFunctionAtItsExpectedTime() {
    Map<String, LambdaFunction> aliases = TopologyDriftTest.aliasesByLogicalId();
    var arrivals =
        resources("AWS::Scheduler::Schedule").values().stream()
            .map(SynthesizedStack::properties)
            .filter(p -> String.valueOf(p.get("Name")).startsWith("test-esrlink-ARRIVALS-"))
            .toList();
    assertThat(arrivals).hasSize(Topology.LOCAL_OFFICES.size());
    arrivals.forEach(
        p ->
            assertThat(aliases.get(SynthesizedStack.reference(at(p, "Target", "Arn"))))
                .isEqualTo(LambdaFunction.STATUS));
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::Scheduler::Schedule",
            Map.of(
                "Name", "test-esrlink-ARRIVALS-EOE",
                "ScheduleExpression", "cron(0 10 * * ? *)",
                "Target", Map.of("Input", "{\"job\":\"ARRIVALS\",\"lo\":\"EOE\"}")));
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::Scheduler::Schedule",
            Map.of(
                "Name", "test-esrlink-ARRIVALS-SEV",
                "ScheduleExpression", "cron(30 9 * * ? *)"));
  }

  @Test
  void theExpectationReachesTheStatusAndOperateFunctionsAsConfiguration() {
    Map<String, LambdaFunction> functions = TopologyDriftTest.functionsByLogicalId();
    functions.forEach(
        (id, function) -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> env =
              (Map<String, Object>)
                  at(
                      resources("AWS::Lambda::Function").get(id),
                      "Properties",
                      "Environment",
                      "Variables");
          if (function == LambdaFunction.STATUS || function == LambdaFunction.OPERATE) {
            assertThat(env)
                .as(function.exportName())
                .containsEntry(ArrivalExpectations.ALL_VARIABLE, "RMC")
                .containsEntry(ArrivalExpectations.BY_OFFICE_VARIABLE, "PEN=,SEV=RMC+RMF");
          } else {
            assertThat(env)
                .as(function.exportName())
                .doesNotContainKey(ArrivalExpectations.ALL_VARIABLE);
          }
        });
  }

  @Test
  void missingFilesAreCountedFromTheirLogsAndAlarmAtOne() {
    Map<String, Map<String, Object>> filters = resources("AWS::Logs::MetricFilter");
    var missing =
        filters.entrySet().stream().filter(e -> e.getKey().contains("MissingInbound")).toList();
    assertThat(missing).hasSize(2);
    missing.forEach(
        e -> {
          Map<String, Object> p = properties(e.getValue());
          assertThat(p.get("FilterPattern")).isEqualTo("{ $.mdc.event = \"arrival.missing\" }");
          assertThat(at(p, "MetricTransformations", 0, "MetricName"))
              .isEqualTo(Alarms.MISSING_METRIC);
          assertThat(at(p, "MetricTransformations", 0, "MetricNamespace"))
              .isEqualTo("ESRLink/test");
        });
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::CloudWatch::Alarm",
            Map.of(
                "Namespace",
                "ESRLink/test",
                "MetricName",
                Alarms.MISSING_METRIC,
                "Threshold",
                1,
                "ComparisonOperator",
                "GreaterThanOrEqualToThreshold"));
  }

  @Test
  void aTimeOrTypeThatIsNotOneIsRefused() {
    var badType = InfraApp.app("target/unused", Map.of("esrlink.arrivals.expect", "RTC@10:00"));
    assertThatThrownBy(() -> ArrivalExpectations.all(badType.getNode()))
        .hasMessageContaining("RTC is not an inbound file type");
    var badTime = InfraApp.app("target/unused", Map.of("esrlink.arrivals.expect.EOE", "RMC@ten"));
    assertThatThrownBy(() -> ArrivalExpectations.byOffice(badTime.getNode()))
        .hasMessageContaining("esrlink.arrivals.expect.EOE=RMC@ten: the time is not HH:mm");
    var none = InfraApp.app("target/unused", Map.of());
    assertThat(ArrivalExpectations.scheduleTimes(none.getNode()))
        .isEqualTo(Map.of("ARRIVALS", LocalTime.of(10, 0)));
  }
}
