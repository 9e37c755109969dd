package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operations function: the dead-letter queues it re-drives and the guard's share per office.
 */
class OperationsAccessTest {

  @Test
  void operateMayReceiveAndDeleteOnEveryDeadLetterQueueAndKnowsTheirUrls() {
    var policies = SynthesizedStack.resources("AWS::IAM::Policy");
    var redrive =
        policies.entrySet().stream()
            .filter(e -> e.getKey().startsWith("FunctionsOperateDeadLetterAccess"))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(redrive).hasSize(1);
    Object statement =
        SynthesizedStack.at(
            SynthesizedStack.properties(redrive.get(0)), "PolicyDocument", "Statement", 0);
    assertThat(SynthesizedStack.at(statement, "Action")).isEqualTo(OperationsAccess.QUEUE_ACTIONS);
    // the five scheduled or S3-triggered functions' queues (ingest twice, two exports, status)
    // and the schedules' queue
    assertThat((List<?>) SynthesizedStack.at(statement, "Resource")).hasSize(6);
    Map<String, Object> operate = environment("operate");
    assertThat(operate).containsKey(OperationsAccess.QUEUES_VARIABLE);
    assertThat(operate.get(GuardShare.BY_OFFICE_VARIABLE)).isEqualTo("EOE=30");
    assertThat(environment("ingestEsrFile").get(GuardShare.BY_OFFICE_VARIABLE)).isEqualTo("EOE=30");
    assertThat(environment("exportToEsr")).doesNotContainKey(GuardShare.BY_OFFICE_VARIABLE);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(String export) {
    return SynthesizedStack.resources("AWS::Lambda::Function").values().stream()
        .map(
            r ->
                (Map<String, Object>)
                    SynthesizedStack.at(r, "Properties", "Environment", "Variables"))
        .filter(v -> v != null && export.equals(v.get("QUARKUS_FUNQY_EXPORT")))
        .findFirst()
        .orElseThrow();
  }
}
