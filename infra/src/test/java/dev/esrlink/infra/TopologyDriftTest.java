package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.reference;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.S3Trigger;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the synthesized template back into topology terms and compares both ways with {@link
 * Topology}, which the embedded emulators provision from: a bucket, index, trigger or schedule in
 * one and not the other fails here. The access-log bucket is the one AWS-only resource (S3 server
 * access logging has no local counterpart) and is recognised by its tag.
 */
class TopologyDriftTest {

  private static final Pattern PAYLOAD =
      Pattern.compile("\\{\"job\":\"(\\w+)\",\"lo\":\"(\\w+)\"}");
  private static final Pattern CRON = Pattern.compile("cron\\((\\d+) (\\d+) \\* \\* \\? \\*\\)");

  @Test
  void bucketsAreExactlyTheTopologysPlusTheAccessLogBucket() {
    Map<String, Bucket> buckets = bucketsByLogicalId();
    assertThat(buckets.values()).containsExactlyInAnyOrder(Bucket.values());
    assertThat(resources("AWS::S3::Bucket")).hasSize(Bucket.values().length + 1);
  }

  @Test
  void tableKeysIndexesAndTtlAreTheTopologys() {
    Map<String, Object> table =
        properties(resources("AWS::DynamoDB::Table").values().iterator().next());
    TableDefinition expected = Topology.TABLE;
    assertThat(keys(table.get("KeySchema")))
        .containsExactly(expected.partitionKey(), expected.sortKey());
    List<TableDefinition.Index> indexes =
        list(table.get("GlobalSecondaryIndexes")).stream()
            .map(
                gsi -> {
                  List<String> keys = keys(at(gsi, "KeySchema"));
                  return new TableDefinition.Index(
                      (String) at(gsi, "IndexName"), keys.get(0), keys.get(1));
                })
            .toList();
    assertThat(indexes).containsExactlyInAnyOrderElementsOf(expected.indexes());
    assertThat(at(table, "TimeToLiveSpecification", "AttributeName"))
        .isEqualTo(expected.timeToLiveAttribute());
  }

  @Test
  void everyTopologyFunctionIsDeployedOnce() {
    assertThat(functionsByLogicalId().values()).containsExactlyInAnyOrder(LambdaFunction.values());
  }

  @Test
  void s3TriggersAreExactlyTheTopologys() {
    Map<String, Bucket> buckets = bucketsByLogicalId();
    Map<String, LambdaFunction> functions = aliasesByLogicalId();
    List<S3Trigger> deployed =
        resources("Custom::S3BucketNotifications").values().stream()
            .map(SynthesizedStack::properties)
            .flatMap(
                p ->
                    list(at(p, "NotificationConfiguration", "LambdaFunctionConfigurations"))
                        .stream()
                        .map(
                            c ->
                                trigger(buckets.get(reference(p.get("BucketName"))), c, functions)))
            .toList();
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(Topology.S3_TRIGGERS);
  }

  @Test
  void schedulesAreExactlyTheTopologysWithTheContextOverrides() {
    Map<String, LambdaFunction> functions = aliasesByLogicalId();
    List<Schedule> deployed =
        resources("AWS::Scheduler::Schedule").values().stream()
            .map(r -> schedule(properties(r), functions))
            .toList();
    Map<String, LocalTime> overrides =
        Map.of(
            "APP.EOE",
            LocalTime.of(12, 0),
            "DNC",
            LocalTime.of(15, 30),
            "ARRIVALS",
            LocalTime.of(10, 0),
            "ARRIVALS.SEV",
            LocalTime.of(9, 30));
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(Topology.schedules(overrides));
  }

  private static S3Trigger trigger(
      Bucket bucket, Object configuration, Map<String, LambdaFunction> functions) {
    assertThat(at(configuration, "Events")).isEqualTo(List.of("s3:ObjectCreated:*"));
    String prefix = "";
    String suffix = "";
    for (Object rule : list(at(configuration, "Filter", "Key", "FilterRules"))) {
      String value = (String) at(rule, "Value");
      if ("prefix".equalsIgnoreCase((String) at(rule, "Name"))) {
        prefix = value;
      } else {
        suffix = value;
      }
    }
    LambdaFunction target = functions.get(reference(at(configuration, "LambdaFunctionArn")));
    return new S3Trigger(bucket, prefix, suffix, target);
  }

  private static Schedule schedule(Map<String, Object> p, Map<String, LambdaFunction> functions) {
    assertThat(p.get("ScheduleExpressionTimezone")).isEqualTo(Topology.SCHEDULE_ZONE);
    Matcher payload = PAYLOAD.matcher((String) at(p, "Target", "Input"));
    Matcher cron = CRON.matcher((String) p.get("ScheduleExpression"));
    assertThat(payload.matches()).as("payload %s", at(p, "Target", "Input")).isTrue();
    assertThat(cron.matches()).as("expression %s", p.get("ScheduleExpression")).isTrue();
    Schedule schedule =
        new Schedule(
            payload.group(1),
            payload.group(2),
            LocalTime.of(Integer.parseInt(cron.group(2)), Integer.parseInt(cron.group(1))),
            functions.get(reference(at(p, "Target", "Arn"))));
    assertThat(p.get("Name")).isEqualTo("test-" + schedule.name());
    return schedule;
  }

  static Map<String, Bucket> bucketsByLogicalId() {
    Map<String, Bucket> byId = new HashMap<>();
    resources("AWS::S3::Bucket")
        .forEach(
            (id, resource) -> {
              String tag = tag(properties(resource), Names.BUCKET_TAG);
              if (!Names.ACCESS_LOGS.equals(tag)) {
                byId.put(id, bucketWithId(tag));
              }
            });
    return byId;
  }

  static Map<String, LambdaFunction> functionsByLogicalId() {
    Map<String, LambdaFunction> byId = new HashMap<>();
    resources("AWS::Lambda::Function")
        .forEach(
            (id, resource) -> {
              Object export =
                  at(properties(resource), "Environment", "Variables", "QUARKUS_FUNQY_EXPORT");
              if (export != null) {
                byId.put(id, functionWithExport((String) export));
              }
            });
    return byId;
  }

  /**
   * The {@code live} alias of each function by its logical id: a trigger or schedule that named the
   * function itself ($LATEST) would find no entry here.
   */
  static Map<String, LambdaFunction> aliasesByLogicalId() {
    Map<String, LambdaFunction> functions = functionsByLogicalId();
    Map<String, LambdaFunction> byId = new HashMap<>();
    resources("AWS::Lambda::Alias")
        .forEach(
            (id, resource) -> {
              Map<String, Object> p = properties(resource);
              assertThat(p.get("Name")).isEqualTo(HubFunctions.ALIAS);
              byId.put(id, functions.get(reference(p.get("FunctionName"))));
            });
    return byId;
  }

  private static Bucket bucketWithId(String id) {
    for (Bucket bucket : Bucket.values()) {
      if (bucket.id().equals(id)) {
        return bucket;
      }
    }
    throw new AssertionError("bucket tagged " + id + " is not in the topology");
  }

  private static LambdaFunction functionWithExport(String export) {
    for (LambdaFunction function : LambdaFunction.values()) {
      if (function.exportName().equals(export)) {
        return function;
      }
    }
    throw new AssertionError("function exporting " + export + " is not in the topology");
  }

  static String tag(Map<String, Object> properties, String key) {
    return list(properties.get("Tags")).stream()
        .filter(t -> key.equals(at(t, "Key")))
        .map(t -> (String) at(t, "Value"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tag " + key));
  }

  private static List<String> keys(Object keySchema) {
    List<Object> schema = list(keySchema);
    return List.of(keyOfType(schema, "HASH"), keyOfType(schema, "RANGE"));
  }

  private static String keyOfType(List<Object> schema, String type) {
    return schema.stream()
        .filter(k -> type.equals(at(k, "KeyType")))
        .map(k -> (String) at(k, "AttributeName"))
        .findFirst()
        .orElseThrow();
  }
}
