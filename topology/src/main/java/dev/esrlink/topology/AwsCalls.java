package dev.esrlink.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The AWS calls each function's code may make. The function tests check that every call the code
 * makes is declared here (store's call recorder); the infra tests check that the function's role
 * allows every declared call. Together they fail a build in which a code path needs an action its
 * role lacks, although the emulators do not enforce IAM.
 */
public final class AwsCalls {

  static final String GET = "s3:GetObject";
  static final String PUT = "s3:PutObject";
  static final String LIST = "s3:ListBucket";

  /** The table actions of a function that writes (CRUD, batches, transactions). */
  static final List<String> TABLE_WRITES =
      List.of(
          "dynamodb:GetItem",
          "dynamodb:BatchGetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:TransactWriteItems");

  static final List<String> TABLE_READS =
      List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");

  private AwsCalls() {}

  /** Exhaustive: a new function does not compile until its calls are declared. */
  public static List<AwsCall> declared(LambdaFunction function) {
    List<AwsCall> calls =
        new ArrayList<>(
            switch (function) {
              case INGEST_ESR_FILE -> ingestEsr();
              case INGEST_LETB_FILE -> ingestLetb();
              case EXPORT_TO_ESR -> export(Bucket.ESR_OUTBOUND);
              case EXPORT_TO_LETB -> export(Bucket.LETB_OUTBOUND);
              case OPERATE -> operate();
              case STATUS -> statusFunction();
            });
    // a failed asynchronous invocation goes to the function's own dead-letter queue, sent with
    // the function's role
    calls.add(AwsCall.ownDeadLetters("sqs:SendMessage"));
    return List.copyOf(calls);
  }

  private static List<AwsCall> ingestEsr() {
    List<AwsCall> calls = new ArrayList<>();
    ingest(calls, Bucket.ESR_INBOUND);
    calls.add(AwsCall.objects(PUT, Bucket.ESR_OUTBOUND, ""));
    table(calls, TABLE_WRITES);
    return calls;
  }

  private static List<AwsCall> ingestLetb() {
    List<AwsCall> calls = new ArrayList<>();
    ingest(calls, Bucket.LETB_INBOUND);
    table(calls, TABLE_WRITES);
    return calls;
  }

  private static List<AwsCall> export(Bucket outbound) {
    List<AwsCall> calls = new ArrayList<>();
    calls.add(AwsCall.objects(PUT, outbound, ""));
    reports(calls);
    table(calls, TABLE_WRITES);
    return calls;
  }

  private static List<AwsCall> operate() {
    List<AwsCall> calls = new ArrayList<>();
    ingest(calls, Bucket.ESR_INBOUND);
    ingest(calls, Bucket.LETB_INBOUND);
    calls.add(AwsCall.objects(PUT, Bucket.ESR_OUTBOUND, ""));
    calls.add(AwsCall.objects(PUT, Bucket.LETB_OUTBOUND, ""));
    calls.add(AwsCall.objects(GET, Bucket.OPERATIONS, Topology.AUDIT_PREFIX));
    calls.add(AwsCall.objects(PUT, Bucket.OPERATIONS, Topology.AUDIT_PREFIX));
    status(calls);
    table(calls, TABLE_WRITES);
    for (String action :
        List.of(
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage",
            "sqs:ChangeMessageVisibility",
            "sqs:GetQueueAttributes")) {
      calls.add(AwsCall.otherDeadLetters(action));
    }
    return calls;
  }

  private static List<AwsCall> statusFunction() {
    List<AwsCall> calls = new ArrayList<>();
    status(calls);
    table(calls, TABLE_READS);
    return calls;
  }

  /** Whether {@code made} is among the calls declared for {@code function}. */
  public static boolean allows(LambdaFunction function, AwsCall made) {
    return declared(function).stream().anyMatch(d -> d.covers(made));
  }

  /**
   * The calls only the local hub's configuration makes, in place of calls the AWS deployment makes:
   * with no dead-letter queues configured, the operations function re-drives the failed events kept
   * under {@link Topology#DEAD_LETTERS_PREFIX} of the operations bucket (on AWS it re-drives the
   * SQS queues, declared above). No role needs them.
   */
  public static List<AwsCall> localHubOnly(LambdaFunction function) {
    return switch (function) {
      case OPERATE ->
          List.of(
              AwsCall.bucket(LIST, Bucket.OPERATIONS, Topology.DEAD_LETTERS_PREFIX),
              AwsCall.objects(GET, Bucket.OPERATIONS, Topology.DEAD_LETTERS_PREFIX),
              AwsCall.objects("s3:DeleteObject", Bucket.OPERATIONS, Topology.DEAD_LETTERS_PREFIX));
      case INGEST_ESR_FILE, INGEST_LETB_FILE, EXPORT_TO_ESR, EXPORT_TO_LETB, STATUS -> List.of();
    };
  }

  /** Whether {@code made} is declared for {@code function} or made only on the local hub. */
  public static boolean allowsOnLocalHub(LambdaFunction function, AwsCall made) {
    return allows(function, made) || localHubOnly(function).stream().anyMatch(d -> d.covers(made));
  }

  /** Reads the inbound file, copies a bad one into quarantine, writes the file report. */
  private static void ingest(List<AwsCall> calls, Bucket inbound) {
    calls.add(AwsCall.objects(GET, inbound, ""));
    calls.add(AwsCall.bucket(LIST, inbound, ""));
    calls.add(AwsCall.objects(GET, Bucket.OPERATIONS, Topology.QUARANTINE_PREFIX));
    calls.add(AwsCall.objects(PUT, Bucket.OPERATIONS, Topology.QUARANTINE_PREFIX));
    reports(calls);
  }

  private static void reports(List<AwsCall> calls) {
    calls.add(AwsCall.objects(GET, Bucket.OPERATIONS, Topology.REPORTS_PREFIX));
    calls.add(AwsCall.objects(PUT, Bucket.OPERATIONS, Topology.REPORTS_PREFIX));
  }

  /** Lists and reads the file reports, lists and writes the status pages. */
  private static void status(List<AwsCall> calls) {
    calls.add(AwsCall.objects(GET, Bucket.OPERATIONS, Topology.REPORTS_PREFIX));
    calls.add(AwsCall.bucket(LIST, Bucket.OPERATIONS, Topology.REPORTS_PREFIX));
    calls.add(AwsCall.bucket(LIST, Bucket.OPERATIONS, Topology.STATUS_PREFIX));
    calls.add(AwsCall.objects(GET, Bucket.OPERATIONS, Topology.STATUS_PREFIX));
    calls.add(AwsCall.objects(PUT, Bucket.OPERATIONS, Topology.STATUS_PREFIX));
  }

  private static void table(List<AwsCall> calls, List<String> actions) {
    for (String action : actions) {
      calls.add(AwsCall.table(action));
      if (action.equals("dynamodb:Query")) {
        Topology.TABLE.indexes().forEach(i -> calls.add(AwsCall.index(action, i.name())));
      }
    }
  }
}
