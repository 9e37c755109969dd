package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * What each function may touch, as explicit IAM statements: named actions only, resources named
 * down to the bucket prefix, the table and its indexes, the key (only through S3, DynamoDB and
 * SQS), the function's own log group and its own dead-letter queue.
 */
final class FunctionAccess {

  static final List<String> TABLE_ACTIONS =
      List.of(
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:ConditionCheckItem",
          "dynamodb:TransactWriteItems",
          "dynamodb:TransactGetItems");

  /** What the status function may do with the table: read, never write. */
  static final List<String> TABLE_READ_ACTIONS =
      List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");

  /**
   * Buckets a function reads whole, writes whole, operations-bucket prefixes it reads and writes,
   * and whether it only reads the table and the file reports.
   */
  record Scope(
      Set<Bucket> reads, Set<Bucket> writes, List<String> operationsPrefixes, boolean readOnly) {
    Scope(Set<Bucket> reads, Set<Bucket> writes, List<String> operationsPrefixes) {
      this(reads, writes, operationsPrefixes, false);
    }
  }

  /** Exhaustive by construction: a new function does not compile until its access is decided. */
  static Scope scope(LambdaFunction function) {
    List<String> both = List.of(Topology.QUARANTINE_PREFIX, Topology.REPORTS_PREFIX);
    List<String> reports = List.of(Topology.REPORTS_PREFIX);
    return switch (function) {
      case INGEST_ESR_FILE ->
          new Scope(Set.of(Bucket.ESR_INBOUND), Set.of(Bucket.ESR_OUTBOUND), both);
      case INGEST_LETB_FILE -> new Scope(Set.of(Bucket.LETB_INBOUND), Set.of(), both);
      case EXPORT_TO_ESR -> new Scope(Set.of(), Set.of(Bucket.ESR_OUTBOUND), reports);
      case EXPORT_TO_LETB -> new Scope(Set.of(), Set.of(Bucket.LETB_OUTBOUND), reports);
      case OPERATE -> OperationsAccess.scope();
      case STATUS -> new Scope(Set.of(), Set.of(), List.of(Topology.STATUS_PREFIX), true);
    };
  }

  /** The resources a function's statements name. */
  record Resources(
      Storage storage,
      ITable table,
      IKey key,
      ILogGroup logGroup,
      IQueue deadLetters,
      String region) {}

  private FunctionAccess() {}

  static List<PolicyStatement> statements(LambdaFunction function, Resources r) {
    Scope scope = scope(function);
    List<PolicyStatement> statements = new ArrayList<>();
    statements.add(
        allow(
            "WriteOwnLogGroup",
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            List.of(r.logGroup().getLogGroupArn())));
    for (Bucket bucket : scope.reads()) {
      String arn = r.storage().bucket(bucket).getBucketArn();
      statements.add(
          allow("Read" + Names.pascal(bucket), List.of("s3:GetObject"), List.of(arn + "/*")));
      statements.add(allow("List" + Names.pascal(bucket), List.of("s3:ListBucket"), List.of(arn)));
    }
    for (Bucket bucket : scope.writes()) {
      String arn = r.storage().bucket(bucket).getBucketArn();
      statements.add(
          allow("Write" + Names.pascal(bucket), List.of("s3:PutObject"), List.of(arn + "/*")));
    }
    String operations = r.storage().bucket(Bucket.OPERATIONS).getBucketArn();
    statements.add(
        allow(
            "ReadWriteOperations",
            List.of("s3:GetObject", "s3:PutObject"),
            scope.operationsPrefixes().stream().map(p -> operations + "/" + p + "*").toList()));
    if (scope.readOnly()) {
      statements.add(
          allow(
              "ReadReports",
              List.of("s3:GetObject"),
              List.of(operations + "/" + Topology.REPORTS_PREFIX + "*")));
    }
    if (scope.operationsPrefixes().contains(Topology.STATUS_PREFIX)) {
      // writing the status pages lists the file reports and the pages already there
      statements.add(
          PolicyStatement.Builder.create()
              .sid("ListReportsAndStatus")
              .actions(List.of("s3:ListBucket"))
              .resources(List.of(operations))
              .conditions(
                  Map.of(
                      "StringLike",
                      Map.of(
                          "s3:prefix",
                          List.of(Topology.REPORTS_PREFIX + "*", Topology.STATUS_PREFIX + "*"))))
              .build());
    }
    statements.add(
        allow(
            "UseTable",
            scope.readOnly() ? TABLE_READ_ACTIONS : TABLE_ACTIONS,
            tableResources(r.table())));
    statements.add(
        allow(
            "SendToOwnDeadLetterQueue",
            List.of("sqs:SendMessage"),
            List.of(r.deadLetters().getQueueArn())));
    statements.add(keyThroughServices(r.key(), r.region(), List.of("s3", "dynamodb", "sqs")));
    return statements;
  }

  static List<String> tableResources(ITable table) {
    List<String> arns = new ArrayList<>();
    arns.add(table.getTableArn());
    Topology.TABLE.indexes().forEach(i -> arns.add(table.getTableArn() + "/index/" + i.name()));
    return arns;
  }

  /** The customer key, usable only when one of {@code services} calls KMS for the principal. */
  static PolicyStatement keyThroughServices(IKey key, String region, List<String> services) {
    List<String> viaServices =
        services.stream().map(s -> s + "." + region + ".amazonaws.com").toList();
    return PolicyStatement.Builder.create()
        .sid("UseDataKeyThroughServices")
        .actions(List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"))
        .resources(List.of(key.getKeyArn()))
        .conditions(Map.of("StringEquals", Map.of("kms:ViaService", viaServices)))
        .build();
  }

  static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
    return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
  }
}
