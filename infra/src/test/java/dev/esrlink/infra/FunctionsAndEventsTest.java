package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.reference;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Functions, their roles, logs and failure paths; schedules; alarms. */
class FunctionsAndEventsTest {

  private static final Map<String, LambdaFunction> FUNCTIONS =
      TopologyDriftTest.functionsByLogicalId();

  @Test
  void everyFunctionRunsTheFunqyHandlerWithItsExportAndTheHubsEnvironment() {
    FUNCTIONS.forEach(
        (id, function) -> {
          Map<String, Object> p = properties(resources("AWS::Lambda::Function").get(id));
          assertThat(p.get("Runtime")).isEqualTo("java21");
          assertThat(p.get("Architectures")).isEqualTo(List.of("arm64"));
          assertThat(at(p, "SnapStart", "ApplyOn")).isEqualTo("PublishedVersions");
          assertThat(p.get("Handler")).isEqualTo(LambdaFunction.HANDLER);
          @SuppressWarnings("unchecked")
          Map<String, Object> env = (Map<String, Object>) at(p, "Environment", "Variables");
          assertThat(env)
              .containsEntry("QUARKUS_FUNQY_EXPORT", function.exportName())
              .containsEntry("ESRLINK_JSON_LOGS", "true")
              .containsEntry("ESRLINK_MODE_FULL_RECORDS", "LDN,KSS")
              .containsKey(TableDefinition.ENVIRONMENT_VARIABLE);
          for (Bucket bucket : Bucket.values()) {
            assertThat(env).containsKey(bucket.environmentVariable());
          }
          assertThat((Integer) p.get("MemorySize")).isGreaterThanOrEqualTo(1024);
        });
  }

  @Test
  void everyFunctionHasALiveAliasOnAPublishedVersionAndEveryTriggerTargetsIt() {
    Map<String, LambdaFunction> aliases = TopologyDriftTest.aliasesByLogicalId();
    assertThat(aliases.values()).containsExactlyInAnyOrder(LambdaFunction.values());
    Map<String, Map<String, Object>> versions = resources("AWS::Lambda::Version");
    aliases.forEach(
        (id, function) -> {
          Map<String, Object> p = properties(resources("AWS::Lambda::Alias").get(id));
          assertThat(versions).containsKey(reference(p.get("FunctionVersion")));
        });
    resources("Custom::S3BucketNotifications").values().stream()
        .flatMap(
            n ->
                list(at(properties(n), "NotificationConfiguration", "LambdaFunctionConfigurations"))
                    .stream())
        .forEach(c -> assertThat(aliases).containsKey(reference(at(c, "LambdaFunctionArn"))));
    resources("AWS::Scheduler::Schedule")
        .values()
        .forEach(
            s -> assertThat(aliases).containsKey(reference(at(properties(s), "Target", "Arn"))));
    resources("AWS::Lambda::Permission")
        .values()
        .forEach(
            perm ->
                assertThat(aliases)
                    .as("permission %s", perm)
                    .containsKey(reference(properties(perm).get("FunctionName"))));
    @SuppressWarnings("unchecked")
    Map<String, Object> outputs = (Map<String, Object>) SynthesizedStack.json().get("Outputs");
    for (LambdaFunction function : LambdaFunction.values()) {
      Object value = at(outputs, Names.functionOutput(function), "Value");
      assertThat(aliases.get(reference(value))).isEqualTo(function);
    }
  }

  @Test
  void everyFunctionHasItsOwnRoleAndItsOwnEncryptedLogGroupWithRetention() {
    Set<String> roles = new HashSet<>();
    Set<String> logGroups = new HashSet<>();
    FUNCTIONS.forEach(
        (id, function) -> {
          Map<String, Object> p = properties(resources("AWS::Lambda::Function").get(id));
          roles.add(reference(p.get("Role")));
          String logGroup = reference(at(p, "LoggingConfig", "LogGroup"));
          logGroups.add(logGroup);
          Map<String, Object> group = properties(resources("AWS::Logs::LogGroup").get(logGroup));
          assertThat(group.get("RetentionInDays")).isEqualTo(90);
          assertThat(group).containsKey("KmsKeyId");
        });
    assertThat(roles).hasSize(LambdaFunction.values().length);
    assertThat(logGroups).hasSize(LambdaFunction.values().length);
  }

  @Test
  void ingestMayReadOnlyItsInboundBucketAndNobodyMayDelete() {
    String ingestRole = roleOf(LambdaFunction.INGEST_LETB_FILE);
    List<Object> statements = inlineStatements(ingestRole);
    assertThat(statements)
        .filteredOn(s -> list(at(s, "Action")).contains("s3:GetObject"))
        .extracting(s -> at(s, "Sid"))
        .containsExactlyInAnyOrder("ReadLetbInbound", "ReadWriteOperations");
    resources("AWS::IAM::Role").keySet().stream()
        .flatMap(role -> inlineStatements(role).stream())
        .flatMap(s -> list(at(s, "Action")).stream())
        .forEach(action -> assertThat((String) action).doesNotStartWith("s3:Delete"));
  }

  @Test
  void theStatusFunctionOnlyReadsTheTableAndWritesOnlyStatusPages() {
    List<Object> statements = inlineStatements(roleOf(LambdaFunction.STATUS));
    List<Object> actions =
        statements.stream().flatMap(s -> list(at(s, "Action")).stream()).toList();
    assertThat(actions)
        .filteredOn(a -> ((String) a).startsWith("dynamodb:"))
        .containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");
    List<Object> puts =
        statements.stream()
            .filter(s -> list(at(s, "Action")).contains("s3:PutObject"))
            .flatMap(s -> list(at(s, "Resource")).stream())
            .toList();
    assertThat(puts).hasSize(1);
    assertThat(puts.get(0).toString()).contains("/status/*");
    assertThat(statements)
        .extracting(s -> at(s, "Sid"))
        .contains("ReadReports", "ListReportsAndStatus", "ReadWriteOperations")
        .doesNotContain("WriteEsrOutbound", "WriteLetbOutbound");
  }

  @Test
  void asynchronousFailuresGoToTheFunctionsOwnEncryptedQueueAfterBoundedRetries() {
    Map<String, Map<String, Object>> configs = resources("AWS::Lambda::EventInvokeConfig");
    assertThat(configs).hasSize(LambdaFunction.values().length);
    Set<String> queues = new HashSet<>();
    configs
        .values()
        .forEach(
            c -> {
              Map<String, Object> p = properties(c);
              // the alias's own name, taken from its ARN
              assertThat(TopologyDriftTest.aliasesByLogicalId())
                  .containsKey(reference(at(p, "Qualifier", "Fn::Select", 1, "Fn::Split", 1)));
              assertThat(p.get("MaximumRetryAttempts")).isEqualTo(2);
              assertThat((Integer) p.get("MaximumEventAgeInSeconds")).isBetween(3600, 21600);
              String queue = reference(at(p, "DestinationConfig", "OnFailure", "Destination"));
              queues.add(queue);
              assertThat(properties(resources("AWS::SQS::Queue").get(queue)))
                  .containsKey("KmsMasterKeyId");
            });
    assertThat(queues).hasSize(LambdaFunction.values().length);
  }

  @Test
  void schedulesRunOnLondonTimeWithRetriesAndADeadLetterQueue() {
    Map<String, Map<String, Object>> schedules = resources("AWS::Scheduler::Schedule");
    assertThat(schedules).hasSize(Topology.LOCAL_OFFICES.size() * Topology.DAILY_JOBS.size());
    schedules
        .values()
        .forEach(
            s -> {
              Map<String, Object> p = properties(s);
              assertThat(p.get("ScheduleExpressionTimezone")).isEqualTo("Europe/London");
              assertThat(p.get("GroupName")).isEqualTo("test-" + Triggers.SCHEDULE_GROUP);
              assertThat(at(p, "FlexibleTimeWindow", "Mode")).isEqualTo("OFF");
              assertThat(at(p, "Target", "RetryPolicy", "MaximumRetryAttempts")).isEqualTo(3);
              assertThat(at(p, "Target", "DeadLetterConfig", "Arn")).isNotNull();
            });
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::Scheduler::Schedule",
            Map.of(
                "Name", "test-esrlink-APP-EOE",
                "ScheduleExpression", "cron(0 12 * * ? *)",
                "Target", Map.of("Input", "{\"job\":\"APP\",\"lo\":\"EOE\"}")));
  }

  @Test
  void theSchedulerMayInvokeOnlyTheExportFunctions() {
    String role =
        reference(
            at(
                properties(resources("AWS::Scheduler::Schedule").values().iterator().next()),
                "Target",
                "RoleArn"));
    List<Object> invoke =
        inlineStatements(role).stream()
            .filter(s -> list(at(s, "Action")).contains("lambda:InvokeFunction"))
            .flatMap(s -> list(at(s, "Resource")).stream())
            .map(SynthesizedStack::reference)
            .map(id -> (Object) TopologyDriftTest.aliasesByLogicalId().get(id))
            .toList();
    assertThat(invoke)
        .containsExactlyInAnyOrder(
            LambdaFunction.EXPORT_TO_ESR, LambdaFunction.EXPORT_TO_LETB, LambdaFunction.STATUS);
  }

  @Test
  void alarmsWatchErrorsDeadLettersAndQuarantinesAndNotifyTheTopic() {
    Map<String, Map<String, Object>> alarms = resources("AWS::CloudWatch::Alarm");
    int functions = LambdaFunction.values().length;
    assertThat(alarms).hasSize(functions * 2 + 4);
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::CloudWatch::Alarm",
            Map.of("Namespace", "ESRLink/test", "MetricName", Alarms.FAILED_LOADS_METRIC));
    assertThat(alarms.values())
        .extracting(a -> at(properties(a), "MetricName"))
        .filteredOn("Errors"::equals)
        .hasSize(functions);
    assertThat(alarms.values())
        .extracting(a -> at(properties(a), "MetricName"))
        .filteredOn("ApproximateNumberOfMessagesVisible"::equals)
        .hasSize(functions + 1);
    String topic = resources("AWS::SNS::Topic").keySet().iterator().next();
    alarms
        .values()
        .forEach(
            a -> {
              assertThat(list(at(properties(a), "AlarmActions")))
                  .extracting(SynthesizedStack::reference)
                  .containsExactly(topic);
              assertThat(at(properties(a), "Threshold")).isEqualTo(1);
            });
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::CloudWatch::Alarm",
            Map.of("Namespace", "ESRLink/test", "MetricName", Alarms.QUARANTINED_METRIC));
    SynthesizedStack.template()
        .hasResourceProperties(
            "AWS::SNS::Subscription",
            Map.of("Protocol", "email", "Endpoint", "esrlink-ops@example.nhs.uk"));
  }

  @Test
  void quarantinedFilesAreCountedFromEveryFunctionsStructuredLog() {
    Map<String, Map<String, Object>> all = resources("AWS::Logs::MetricFilter");
    Map<String, Map<String, Object>> filters = new java.util.HashMap<>();
    all.forEach(
        (id, f) -> {
          if (!id.contains("FailedLoads") && !id.contains("MissingInbound")) {
            filters.put(id, f);
          }
        });
    assertThat(filters).hasSize(LambdaFunction.values().length);
    // failed loads (APC/DCC FAILED) from the two functions that apply confirmations
    assertThat(all.keySet())
        .filteredOn(id -> id.contains("FailedLoads"))
        .hasSize(2)
        .allSatisfy(
            id ->
                assertThat(properties(all.get(id)).get("FilterPattern"))
                    .isEqualTo("{ $.mdc.event = \"load.failed\" }"));
    filters
        .values()
        .forEach(
            f -> {
              Map<String, Object> p = properties(f);
              assertThat(p.get("FilterPattern"))
                  .isEqualTo("{ $.mdc.event = \"file.quarantined\" }");
              assertThat(at(p, "MetricTransformations", 0, "MetricName"))
                  .isEqualTo(Alarms.QUARANTINED_METRIC);
            });
  }

  private static String roleOf(LambdaFunction function) {
    return FUNCTIONS.entrySet().stream()
        .filter(e -> e.getValue() == function)
        .map(
            e ->
                reference(
                    properties(resources("AWS::Lambda::Function").get(e.getKey())).get("Role")))
        .findFirst()
        .orElseThrow();
  }

  private static List<Object> inlineStatements(String role) {
    return list(properties(resources("AWS::IAM::Role").get(role)).get("Policies")).stream()
        .flatMap(p -> list(at(p, "PolicyDocument", "Statement")).stream())
        .toList();
  }
}
