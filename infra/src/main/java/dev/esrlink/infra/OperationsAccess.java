package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * What the operations function may touch beyond a hub function's own: it runs ingest and exports on
 * an operator's request (both inbound buckets read, both outbound written, the quarantine, reports,
 * audit and status prefixes of the operations bucket: a re-driven STATUS job writes the pages), and
 * re-drives every dead-letter queue (receive, delete, change visibility), whose URLs it gets in
 * {@code ESRLINK_OPERATIONS_DEAD_LETTER_QUEUES}.
 */
final class OperationsAccess {

  static final String QUEUES_VARIABLE = "ESRLINK_OPERATIONS_DEAD_LETTER_QUEUES";

  static final List<String> QUEUE_ACTIONS =
      List.of(
          "sqs:ReceiveMessage",
          "sqs:DeleteMessage",
          "sqs:ChangeMessageVisibility",
          "sqs:GetQueueAttributes");

  private OperationsAccess() {}

  static FunctionAccess.Scope scope() {
    return new FunctionAccess.Scope(
        Set.of(Bucket.ESR_INBOUND, Bucket.LETB_INBOUND),
        Set.of(Bucket.ESR_OUTBOUND, Bucket.LETB_OUTBOUND),
        List.of(
            Topology.QUARANTINE_PREFIX,
            Topology.REPORTS_PREFIX,
            Topology.AUDIT_PREFIX,
            Topology.STATUS_PREFIX));
  }

  /** The queue statements and variable, once every queue exists. */
  static void grant(HubFunctions functions, IQueue scheduleFailures) {
    List<IQueue> queues = new ArrayList<>();
    for (LambdaFunction function : LambdaFunction.values()) {
      if (function != LambdaFunction.OPERATE) {
        queues.add(functions.get(function).deadLetters());
      }
    }
    queues.add(scheduleFailures);
    HubFunctions.Deployed operate = functions.get(LambdaFunction.OPERATE);
    Role role = (Role) functions.getNode().findChild(Names.pascal(LambdaFunction.OPERATE) + "Role");
    Policy.Builder.create(functions, "OperateDeadLetterAccess")
        .statements(
            List.of(
                FunctionAccess.allow(
                    "RedriveDeadLetterQueues",
                    QUEUE_ACTIONS,
                    queues.stream().map(IQueue::getQueueArn).toList())))
        .roles(List.of(role))
        .build();
    operate
        .function()
        .addEnvironment(
            QUEUES_VARIABLE, Fn.join(",", queues.stream().map(IQueue::getQueueUrl).toList()));
  }
}
