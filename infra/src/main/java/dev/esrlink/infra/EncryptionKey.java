package dev.esrlink.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The customer managed key that encrypts the data buckets, the table, the queues, the topic and the
 * log groups. Its policy is explicit (no {@code kms:*}): the account administers the key and
 * delegates data use to IAM policies, which name the key and the service it is used through;
 * CloudWatch Logs and CloudWatch alarms get the few actions they need.
 */
final class EncryptionKey {

  static final List<String> ADMIN_ACTIONS =
      List.of(
          "kms:DescribeKey",
          "kms:GetKeyPolicy",
          "kms:PutKeyPolicy",
          "kms:GetKeyRotationStatus",
          "kms:EnableKeyRotation",
          "kms:DisableKeyRotation",
          "kms:EnableKey",
          "kms:DisableKey",
          "kms:UpdateKeyDescription",
          "kms:ListResourceTags",
          "kms:TagResource",
          "kms:UntagResource",
          "kms:ListKeyPolicies",
          "kms:ListGrants",
          "kms:CreateGrant",
          "kms:RevokeGrant",
          "kms:RetireGrant",
          "kms:CreateAlias",
          "kms:UpdateAlias",
          "kms:DeleteAlias",
          "kms:ScheduleKeyDeletion",
          "kms:CancelKeyDeletion");

  static final List<String> DATA_ACTIONS =
      List.of(
          "kms:Encrypt",
          "kms:Decrypt",
          "kms:ReEncryptFrom",
          "kms:ReEncryptTo",
          "kms:GenerateDataKey",
          "kms:GenerateDataKeyWithoutPlaintext",
          "kms:DescribeKey");

  private EncryptionKey() {}

  static Key create(Construct scope, InfraSettings settings) {
    Stack stack = Stack.of(scope);
    PolicyDocument policy =
        PolicyDocument.Builder.create()
            .statements(List.of(administration(), useThroughIam(stack), logs(), alarms(stack)))
            .build();
    return Key.Builder.create(scope, "DataKey")
        .description("ESR Link: data buckets, table, queues, topic and log groups")
        .alias(alias(settings))
        .enableKeyRotation(true)
        .pendingWindow(Duration.days(30))
        .policy(policy)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  /** {@code alias/<stage>-esrlink}. */
  static String alias(InfraSettings settings) {
    return "alias/" + settings.named("esrlink");
  }

  /** In a key policy "*" means this key; it is the only resource a key policy can name. */
  private static PolicyStatement administration() {
    return PolicyStatement.Builder.create()
        .sid("KeyAdministrationByTheAccount")
        .principals(List.of(new AccountRootPrincipal()))
        .actions(ADMIN_ACTIONS)
        .resources(List.of("*"))
        .build();
  }

  private static PolicyStatement useThroughIam(Stack stack) {
    return PolicyStatement.Builder.create()
        .sid("DataUseDelegatedToIamPolicies")
        .principals(List.of(new AccountRootPrincipal()))
        .actions(DATA_ACTIONS)
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("kms:CallerAccount", stack.getAccount())))
        .build();
  }

  private static PolicyStatement logs() {
    String logGroups =
        Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*");
    return PolicyStatement.Builder.create()
        .sid("CloudWatchLogsOfThisAccount")
        .principals(List.of(new ServicePrincipal(Fn.sub("logs.${AWS::Region}.amazonaws.com"))))
        .actions(
            List.of(
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:ReEncryptFrom",
                "kms:ReEncryptTo",
                "kms:GenerateDataKey",
                "kms:DescribeKey"))
        .resources(List.of("*"))
        .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn", logGroups)))
        .build();
  }

  private static PolicyStatement alarms(Stack stack) {
    return PolicyStatement.Builder.create()
        .sid("CloudWatchAlarmsPublishToTheEncryptedTopic")
        .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
        .resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", stack.getAccount())))
        .build();
  }
}
