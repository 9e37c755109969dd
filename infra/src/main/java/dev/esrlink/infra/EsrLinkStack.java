package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.S3Trigger;
import dev.esrlink.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/** The whole hub in one stack, built from {@link Topology} and {@link InfraSettings}. */
public final class EsrLinkStack extends Stack {

  /** The stack name after the stage prefix. */
  public static final String STEM = "EsrLink";

  /** The stack name of the default stage. */
  public static final String DEFAULT_NAME = InfraSettings.DEFAULT_STAGE + "-" + STEM;

  /** Prefix of the log group of CDK's bucket-notifications handler (its name is generated). */
  static final String NOTIFICATIONS_HANDLER_LOGS =
      "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
          + "${AWS::StackName}-BucketNotificationsHandler*";

  public EsrLinkStack(
      Construct scope, String id, StackProps props, Path functionZip, InfraSettings settings) {
    super(scope, id, props);
    requirePackage(functionZip);
    Key key = EncryptionKey.create(this, settings);
    PolicyDocument notificationsPolicy = new PolicyDocument();
    Role notificationsRole = notificationsHandlerRole(notificationsPolicy);
    Storage storage = new Storage(this, key, settings, notificationsRole.withoutPolicyUpdates());
    allowNotificationConfiguration(notificationsPolicy, storage);
    PartnerAccess.apply(getNode(), storage, key);
    Table table = StateTable.create(this, key);
    HubFunctions functions = new HubFunctions(this, functionZip, key, storage, table, settings);
    Triggers triggers = new Triggers(this, storage, functions, key, settings);
    OperationsAccess.grant(functions, triggers.scheduleFailures());
    GuardShare.apply(functions, getNode());
    BusinessRules.apply(functions, getNode());
    ArrivalExpectations.apply(functions, getNode());
    Alarms alarms = new Alarms(this, functions, triggers.scheduleFailures(), key, settings);
    outputs(storage, table, functions, alarms);
    Nag.suppressAll(this);
  }

  /** Fails with the command that builds the package, instead of a CDK asset error. */
  static void requirePackage(Path functionZip) {
    if (!Files.isRegularFile(functionZip)) {
      throw new IllegalStateException(
          "The function deployment package "
              + functionZip.toAbsolutePath().normalize()
              + " does not exist. Build it first: ./mvnw -q install -DskipTests -pl"
              + " topology,functions (a root ./mvnw -B verify builds it before infra).");
    }
  }

  /**
   * CDK's singleton handler that writes the S3 notification configuration would otherwise get
   * {@code s3:PutBucketNotification} on {@code *} and AWSLambdaBasicExecutionRole. The policy is
   * inline (filled once the buckets exist), so the handler cannot run before it is attached.
   */
  private Role notificationsHandlerRole(PolicyDocument policy) {
    return Role.Builder.create(this, "NotificationsHandlerRole")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
        .description("ESR Link: CDK handler that configures the inbound buckets' notifications")
        .inlinePolicies(Map.of("least-privilege", policy))
        .build();
  }

  private static void allowNotificationConfiguration(PolicyDocument policy, Storage storage) {
    Set<Bucket> triggered = new LinkedHashSet<>();
    Topology.S3_TRIGGERS.stream().map(S3Trigger::bucket).forEach(triggered::add);
    List<String> arns = triggered.stream().map(b -> storage.bucket(b).getBucketArn()).toList();
    policy.addStatements(
        FunctionAccess.allow(
            "ConfigureTriggerNotifications",
            List.of("s3:GetBucketNotification", "s3:PutBucketNotification"),
            arns));
    policy.addStatements(
        FunctionAccess.allow(
            "HandlerLogs",
            List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"),
            List.of(Fn.sub(NOTIFICATIONS_HANDLER_LOGS))));
  }

  private void outputs(Storage storage, Table table, HubFunctions functions, Alarms alarms) {
    for (Bucket bucket : Bucket.values()) {
      output(Names.bucketOutput(bucket), storage.bucket(bucket).getBucketName());
    }
    for (LambdaFunction function : LambdaFunction.values()) {
      // the alias ARN: an invoke with it runs the published SnapStart version, never $LATEST
      output(Names.functionOutput(function), functions.get(function).live().getFunctionArn());
    }
    output("Table", table.getTableName());
    output("AlarmTopic", alarms.topic().getTopicArn());
  }

  private void output(String id, String value) {
    CfnOutput.Builder.create(this, id).value(value).build();
  }
}
