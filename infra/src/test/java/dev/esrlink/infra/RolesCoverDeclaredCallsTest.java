package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.AwsCall;
import dev.esrlink.topology.AwsCalls;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * Every AWS call a function's code may make ({@link AwsCalls}, which the function tests hold the
 * code to) is allowed by the statements of that function's role in the synthesized template: the
 * action, and the resource down to the bucket prefix, the table or index, the queue. The emulators
 * do not enforce IAM, so this is where a code path that needs an action its role lacks fails.
 */
class RolesCoverDeclaredCallsTest {

  @Test
  void everyFunctionsRoleAllowsEveryCallItsCodeMayMake() {
    List<String> missing = new ArrayList<>();
    for (LambdaFunction function : LambdaFunction.values()) {
      missing.addAll(missing(function, AwsCalls.declared(function)));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aCallTheRoleLacksIsFound() {
    // the LETB ingest may not write the ESR outbound bucket nor its own inbound bucket, read the
    // audit trail or scan the table; the status function may not write the table, reports or the
    // audit trail
    assertThat(
            missing(
                LambdaFunction.INGEST_LETB_FILE,
                List.of(
                    AwsCall.objects("s3:PutObject", Bucket.ESR_OUTBOUND, ""),
                    AwsCall.objects("s3:PutObject", Bucket.LETB_INBOUND, ""),
                    AwsCall.objects("s3:GetObject", Bucket.OPERATIONS, "audit/"),
                    AwsCall.table("dynamodb:Scan"))))
        .hasSize(4);
    // only the operations function re-drives the other functions' dead letters (five and the
    // schedules' queue)
    assertThat(
            missing(
                LambdaFunction.EXPORT_TO_ESR,
                List.of(AwsCall.otherDeadLetters("sqs:ReceiveMessage"))))
        .hasSize(6);
    assertThat(
            missing(
                LambdaFunction.STATUS,
                List.of(
                    AwsCall.table("dynamodb:PutItem"),
                    AwsCall.objects("s3:PutObject", Bucket.OPERATIONS, "reports/"),
                    AwsCall.bucket("s3:ListBucket", Bucket.OPERATIONS, "audit/"),
                    AwsCall.index("dynamodb:DeleteItem", "GSI1"))))
        .hasSize(4);
  }

  @Test
  void theMatcherFollowsWildcardsPrefixesAndListConditions() {
    RolePolicy policy =
        new RolePolicy(
            "Synthetic",
            List.of(
                Map.of(
                    "Effect",
                    "Allow",
                    "Action",
                    List.of("s3:GetObject"),
                    "Resource",
                    Map.of("Fn::Join", List.of("", List.of(getAtt("B", "Arn"), "/reports/*")))),
                Map.of(
                    "Effect",
                    "Allow",
                    "Action",
                    "s3:ListBucket",
                    "Resource",
                    getAtt("B", "Arn"),
                    "Condition",
                    Map.of("StringLike", Map.of("s3:prefix", List.of("status/*")))),
                Map.of("Effect", "Deny", "Action", "s3:PutObject", "Resource", "*")));
    assertThat(policy.allows("s3:GetObject", "<B.Arn>/reports/2026/x.json", null)).isTrue();
    assertThat(policy.allows("s3:GetObject", "<B.Arn>/audit/x.json", null)).isFalse();
    assertThat(policy.allows("s3:GetObject", "<C.Arn>/reports/x.json", null)).isFalse();
    assertThat(policy.allows("s3:PutObject", "<B.Arn>/reports/x.json", null)).isFalse();
    assertThat(policy.allows("s3:ListBucket", "<B.Arn>", "status/x")).isTrue();
    assertThat(policy.allows("s3:ListBucket", "<B.Arn>", "reports/x")).isFalse();
    assertThat(policy.allows("s3:ListBucket", "<B.Arn>", null)).isFalse();
  }

  private static Map<String, Object> getAtt(String id, String attribute) {
    return Map.of("Fn::GetAtt", List.of(id, attribute));
  }

  /** The calls of {@code calls} that {@code function}'s role does not allow, described. */
  private static List<String> missing(LambdaFunction function, List<AwsCall> calls) {
    RolePolicy policy = policy(function);
    assertThat(policy.statements()).as(function.name()).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (AwsCall call : calls) {
      for (String resource : named(function, call)) {
        String listPrefix = call.target() == AwsCall.Target.BUCKET ? call.prefix() + "x" : null;
        if (!policy.allows(call.action(), resource, listPrefix)) {
          missing.add(function.exportName() + ": " + call + " (" + resource + ")");
        }
      }
    }
    return missing;
  }

  /** The resources a call names, rendered as {@link RolePolicy#render} renders the template. */
  private static List<String> named(LambdaFunction function, AwsCall call) {
    EsrLinkStack stack = SynthesizedStack.stack();
    HubFunctions functions = (HubFunctions) stack.getNode().findChild("Functions");
    return switch (call.target()) {
      case OBJECTS -> List.of(bucketArn(stack, call.bucket()) + "/" + call.prefix() + "x");
      case BUCKET -> List.of(bucketArn(stack, call.bucket()));
      case TABLE -> List.of(tableArn(stack));
      case INDEX -> List.of(tableArn(stack) + "/index/" + call.prefix());
      case OWN_DEAD_LETTERS -> List.of(arn(stack, functions.get(function).deadLetters()));
      case OTHER_DEAD_LETTERS -> otherQueues(stack, functions, function);
    };
  }

  private static List<String> otherQueues(
      EsrLinkStack stack, HubFunctions functions, LambdaFunction function) {
    List<String> arns = new ArrayList<>();
    for (LambdaFunction other : LambdaFunction.values()) {
      if (other != function) {
        arns.add(arn(stack, functions.get(other).deadLetters()));
      }
    }
    Triggers triggers = (Triggers) stack.getNode().findChild("Triggers");
    arns.add(arn(stack, triggers.scheduleFailures()));
    return arns;
  }

  private static String arn(EsrLinkStack stack, IQueue queue) {
    return RolePolicy.render(stack.resolve(queue.getQueueArn()));
  }

  private static String bucketArn(EsrLinkStack stack, Bucket bucket) {
    Storage storage = (Storage) stack.getNode().findChild("Storage");
    return RolePolicy.render(stack.resolve(storage.bucket(bucket).getBucketArn()));
  }

  private static String tableArn(EsrLinkStack stack) {
    Table table = (Table) stack.getNode().findChild("StateTable");
    return RolePolicy.render(stack.resolve(table.getTableArn()));
  }

  /** The role's inline policies and every policy resource attached to it. */
  @SuppressWarnings("unchecked")
  static RolePolicy policy(LambdaFunction function) {
    EsrLinkStack stack = SynthesizedStack.stack();
    HubFunctions functions = (HubFunctions) stack.getNode().findChild("Functions");
    Role role = (Role) functions.getNode().findChild(Names.pascal(function) + "Role");
    String id = stack.getLogicalId((CfnElement) role.getNode().getDefaultChild());
    List<Map<String, Object>> statements = new ArrayList<>();
    Map<String, Object> roleResource = resources("AWS::IAM::Role").get(id);
    for (Object policy : list(properties(roleResource).get("Policies"))) {
      list(at(policy, "PolicyDocument", "Statement"))
          .forEach(s -> statements.add((Map<String, Object>) s));
    }
    resources("AWS::IAM::Policy")
        .forEach(
            (policyId, policy) -> {
              boolean attached =
                  list(properties(policy).get("Roles")).stream()
                      .anyMatch(r -> id.equals(SynthesizedStack.reference(r)));
              if (attached) {
                list(at(properties(policy), "PolicyDocument", "Statement"))
                    .forEach(s -> statements.add((Map<String, Object>) s));
              }
            });
    return new RolePolicy(id, statements);
  }
}
