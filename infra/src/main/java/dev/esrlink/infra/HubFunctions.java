package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * One Lambda function per {@link LambdaFunction}, all from the same deployment zip, each with its
 * own role (only the statements of {@link FunctionAccess}), its own encrypted log group with a set
 * retention, and its own encrypted dead-letter queue as on-failure destination.
 */
final class HubFunctions extends Construct {

  /**
   * What was deployed for one function: {@code live} is the alias of its published version, the
   * target of every trigger, schedule and invoke.
   */
  record Deployed(Function function, Alias live, LogGroup logGroup, Queue deadLetters) {}

  /** The JVM options of Lambda's Java runtimes (C1 only), which SnapStart also recommends. */
  static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

  /** The name of the alias every event and invoke goes to (never {@code $LATEST}). */
  static final String ALIAS = "live";

  /**
   * Amazon Linux 2023 managed runtime; the code is compiled for Java 17 and runs unchanged. Lambda
   * blocks creating java17 functions (Amazon Linux 2) from 31 July 2026.
   */
  static final Runtime RUNTIME = Runtime.JAVA_21;

  /**
   * Graviton: the functions are pure Java (no native library in the package), so arm64 runs the
   * same code at a lower price per GB-second; SnapStart supports it for java21.
   */
  static final Architecture ARCHITECTURE = Architecture.ARM_64;

  private final Map<LambdaFunction, Deployed> deployed = new EnumMap<>(LambdaFunction.class);

  HubFunctions(
      Construct scope, Path functionZip, IKey key, Storage storage, ITable table, InfraSettings s) {
    super(scope, "Functions");
    Code code = Code.fromAsset(functionZip.toString());
    for (LambdaFunction function : LambdaFunction.values()) {
      deployed.put(function, create(function, code, key, storage, table, s));
    }
  }

  Deployed get(LambdaFunction function) {
    return deployed.get(function);
  }

  Map<LambdaFunction, Deployed> all() {
    return Map.copyOf(deployed);
  }

  private Deployed create(
      LambdaFunction function,
      Code code,
      IKey key,
      Storage storage,
      ITable table,
      InfraSettings s) {
    String id = Names.pascal(function);
    LogGroup logGroup = logGroup(id, key, s.logRetentionDays());
    Queue deadLetters = deadLetterQueue(this, id + "Failures", key);
    var resources =
        new FunctionAccess.Resources(
            storage, table, key, logGroup, deadLetters, Stack.of(this).getRegion());
    Role role = role(function, resources);
    FunctionSizing sizing = FunctionSizing.of(function, getNode());
    Function lambda =
        Function.Builder.create(this, id)
            .description(function.purpose())
            .runtime(RUNTIME)
            .architecture(ARCHITECTURE)
            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
            .handler(LambdaFunction.HANDLER)
            .code(code)
            .memorySize(sizing.memoryMb())
            .timeout(sizing.timeout())
            // CDK's grants (destination, key) would add wildcard actions: the role is fixed.
            .role(role.withoutPolicyUpdates())
            .logGroup(logGroup)
            .environment(environment(function, storage, table, s))
            .build();
    lambda.getNode().addDependency(role);
    // The asynchronous settings belong to the alias: that is the qualifier events arrive on.
    Alias live =
        Alias.Builder.create(this, id + "Live")
            .aliasName(ALIAS)
            .version(lambda.getCurrentVersion())
            .onFailure(new SqsDestination(deadLetters))
            .maxEventAge(sizing.maxEventAge())
            .retryAttempts(sizing.retryAttempts())
            .build();
    return new Deployed(lambda, live, logGroup, deadLetters);
  }

  private Role role(LambdaFunction function, FunctionAccess.Resources resources) {
    return Role.Builder.create(this, Names.pascal(function) + "Role")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
        .description("ESR Link " + function.exportName() + ": least privilege")
        .inlinePolicies(
            Map.of(
                "least-privilege",
                PolicyDocument.Builder.create()
                    .statements(FunctionAccess.statements(function, resources))
                    .build()))
        .build();
  }

  private LogGroup logGroup(String id, IKey key, int retentionDays) {
    LogGroup logGroup =
        LogGroup.Builder.create(this, id + "Logs")
            .encryptionKey(key)
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    ((CfnLogGroup) logGroup.getNode().getDefaultChild()).setRetentionInDays(retentionDays);
    return logGroup;
  }

  /** An encrypted queue that keeps failed events for the 14 days SQS allows at most. */
  static Queue deadLetterQueue(Construct scope, String id, IKey key) {
    return Queue.Builder.create(scope, id)
        .encryption(QueueEncryption.KMS)
        .encryptionMasterKey(key)
        .dataKeyReuse(Duration.hours(1))
        .retentionPeriod(Duration.days(14))
        .enforceSsl(true)
        .removalPolicy(RemovalPolicy.RETAIN)
        .build();
  }

  private static Map<String, String> environment(
      LambdaFunction function, Storage storage, ITable table, InfraSettings settings) {
    Map<String, String> env =
        new LinkedHashMap<>(Topology.functionEnvironment(storage.names(), table.getTableName()));
    env.put("QUARKUS_FUNQY_EXPORT", function.exportName());
    env.put("ESRLINK_MODE_FULL_RECORDS", settings.fullRecordsOffices());
    env.put("ESRLINK_JSON_LOGS", "true");
    env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
    return env;
  }
}
