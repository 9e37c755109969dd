package dev.esrlink.operations;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Where the operations function finds the dead letters. */
@ConfigMapping(prefix = "esrlink.operations")
public interface OperationsConfig {
  /**
   * The URLs of the SQS dead-letter queues to re-drive (on AWS, set by the stack:
   * ESRLINK_OPERATIONS_DEAD_LETTER_QUEUES). Unset: the operations bucket's {@code dead-letters/}
   * prefix, where the local hub puts failed events.
   */
  Optional<List<String>> deadLetterQueues();
}
