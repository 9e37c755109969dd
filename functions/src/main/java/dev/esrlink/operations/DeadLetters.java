package dev.esrlink.operations;

import java.util.List;

/**
 * Where failed events wait for an operator: SQS dead-letter queues on AWS ({@link SqsDeadLetters}),
 * a prefix of the operations bucket on the local hub ({@link S3DeadLetters}).
 */
public interface DeadLetters {

  /** Every dead letter waiting now, oldest first where the place knows the order. */
  List<DeadLetter> waiting();

  /** Removes a dead letter that was delivered. */
  void remove(DeadLetter letter);

  /** Gives back a dead letter that failed again, so the next re-drive sees it at once. */
  void keep(DeadLetter letter);
}
