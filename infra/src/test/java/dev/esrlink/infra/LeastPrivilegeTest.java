package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every policy in the template (role inline policies, managed and default policies, bucket,
 * queue and topic policies, the key policy) and fails on an Allow with a wildcard that AWS does not
 * require. Allowed, with reasons:
 *
 * <ul>
 *   <li>{@code Resource: "*"} in the KMS key policy: a key policy can only name its own key so.
 *   <li>An object-key wildcard after a named bucket ({@code <bucket ARN>/*} or {@code <bucket
 *       ARN>/reports/*}): S3 object ARNs are per key; the bucket and prefix are named.
 *   <li>{@code /aws/lambda/<stack>-BucketNotificationsHandler*}: the log group of CDK's
 *       notifications handler, whose function name CloudFormation generates with a random suffix.
 * </ul>
 *
 * Deny statements may use wildcards (they only narrow access: TLS-only policies deny {@code s3:*}
 * and {@code sqs:*} to {@code *}). No Allow may name the anonymous principal {@code *}.
 */
class LeastPrivilegeTest {

  private static final Pattern OBJECT_KEYS = Pattern.compile("^/([A-Za-z0-9_.-]+/)*\\*$");

  record Found(String resource, String type, Map<String, Object> statement) {}

  @Test
  void everyPolicyIsFound() {
    List<Found> statements = allStatements();
    assertThat(statements).extracting(Found::type).contains("AWS::IAM::Role", "AWS::KMS::Key");
    assertThat(statements).hasSizeGreaterThan(30);
  }

  @Test
  void noAllowedActionHasAWildcard() {
    assertThat(wildcardActions(allows())).isEmpty();
  }

  @Test
  void noAllowedResourceHasAWildcardAwsDoesNotRequire() {
    assertThat(unrequiredWildcardResources(allows())).isEmpty();
  }

  @Test
  void theWalkerCatchesWhatCdkGrantsWouldAdd() {
    Map<String, Object> grant =
        Map.of(
            "Effect", "Allow",
            "Action", List.of("s3:GetObject*", "kms:GenerateDataKey*"),
            "Resource",
                List.of("*", Map.of("Fn::Join", List.of("", List.of("arn:aws:s3:::x", "/*")))));
    List<Found> found = List.of(new Found("Synthetic", "AWS::IAM::Policy", grant));
    assertThat(wildcardActions(found)).hasSize(2);
    assertThat(unrequiredWildcardResources(found)).hasSize(2);
  }

  private static List<String> wildcardActions(List<Found> allows) {
    List<String> offending = new ArrayList<>();
    for (Found found : allows) {
      for (Object action : list(found.statement().get("Action"))) {
        if (((String) action).contains("*")) {
          offending.add(found.resource() + ": " + action);
        }
      }
    }
    return offending;
  }

  private static List<String> unrequiredWildcardResources(List<Found> allows) {
    List<String> offending = new ArrayList<>();
    for (Found found : allows) {
      for (Object resource : list(found.statement().get("Resource"))) {
        if (!acceptable(found, resource)) {
          offending.add(found.resource() + " " + found.statement().get("Sid") + ": " + resource);
        }
      }
    }
    return offending;
  }

  @Test
  void noAllowIsForAnyone() {
    for (Found found : allows()) {
      Object principal = found.statement().get("Principal");
      assertThat(principal).as(found.resource()).isNotEqualTo("*");
      assertThat(list(at(principal, "AWS"))).as(found.resource()).doesNotContain("*");
    }
  }

  @Test
  void noRoleUsesAManagedPolicy() {
    resources("AWS::IAM::Role")
        .forEach(
            (id, role) ->
                assertThat(properties(role)).as(id).doesNotContainKey("ManagedPolicyArns"));
    assertThat(resources("AWS::IAM::ManagedPolicy")).isEmpty();
  }

  private static boolean acceptable(Found found, Object resource) {
    if (resource instanceof String text) {
      return !text.contains("*") || ("*".equals(text) && found.type().equals("AWS::KMS::Key"));
    }
    Object sub = at(resource, "Fn::Sub");
    if (sub != null) {
      return !((String) sub).contains("*") || sub.equals(EsrLinkStack.NOTIFICATIONS_HANDLER_LOGS);
    }
    List<Object> parts = list(at(resource, "Fn::Join", 1));
    if (parts.isEmpty()) {
      return true; // Ref or GetAtt: one named resource
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof String text && text.contains("*")) {
        boolean afterBucket = i == parts.size() - 1 && i > 0 && isBucketArn(parts.get(i - 1));
        if (!afterBucket || !OBJECT_KEYS.matcher(text).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isBucketArn(Object part) {
    if (!(part instanceof Map<?, ?>)) {
      return false;
    }
    String id = (String) at(part, "Fn::GetAtt", 0);
    return id != null && resources("AWS::S3::Bucket").containsKey(id);
  }

  private static List<Found> allows() {
    return allStatements().stream()
        .filter(f -> "Allow".equals(f.statement().get("Effect")))
        .toList();
  }

  static List<Found> allStatements() {
    List<Found> found = new ArrayList<>();
    resources("AWS::IAM::Role")
        .forEach(
            (id, role) ->
                list(properties(role).get("Policies"))
                    .forEach(p -> add(found, id, "AWS::IAM::Role", at(p, "PolicyDocument"))));
    Map.of(
            "AWS::IAM::Policy", "PolicyDocument",
            "AWS::IAM::ManagedPolicy", "PolicyDocument",
            "AWS::S3::BucketPolicy", "PolicyDocument",
            "AWS::SQS::QueuePolicy", "PolicyDocument",
            "AWS::SNS::TopicPolicy", "PolicyDocument",
            "AWS::KMS::Key", "KeyPolicy")
        .forEach(
            (type, key) ->
                resources(type).forEach((id, r) -> add(found, id, type, properties(r).get(key))));
    return found;
  }

  @SuppressWarnings("unchecked")
  private static void add(List<Found> found, String id, String type, Object document) {
    for (Object statement : list(at(document, "Statement"))) {
      found.add(new Found(id, type, (Map<String, Object>) statement));
    }
  }
}
