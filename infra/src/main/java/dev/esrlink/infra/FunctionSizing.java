package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import software.amazon.awscdk.Duration;

/**
 * Memory, timeout and asynchronous-invocation limits per function.
 *
 * <p>Measured on 2 cores: a cold start of the packaged function takes 1.8 to 2.1 s and a warm event
 * 60 to 80 ms; parsing is cheap and DynamoDB batch calls dominate. Lambda gives a full vCPU at 1769
 * MB, so ingest (a national RMF streams through twice and writes in batches of 25) gets 1769 MB and
 * the 15-minute maximum, resuming from its checkpoint if a retry is needed. Exports query one Local
 * Office and write one file: 1024 MB and 5 minutes leave ample headroom. Both can be raised with
 * {@code esrlink.memoryMb.<export>} and {@code esrlink.timeoutSeconds.<export>} in CDK context.
 */
record FunctionSizing(int memoryMb, Duration timeout, Duration maxEventAge, int retryAttempts) {

  static FunctionSizing defaults(LambdaFunction function) {
    return switch (function) {
      case INGEST_ESR_FILE, INGEST_LETB_FILE ->
          new FunctionSizing(function.memoryMb(), Duration.minutes(15), Duration.hours(6), 2);
      case EXPORT_TO_ESR, EXPORT_TO_LETB, STATUS ->
          new FunctionSizing(function.memoryMb(), Duration.minutes(5), Duration.hours(2), 2);
      // an operator invokes it synchronously (never retried); a re-drive may ingest large files
      case OPERATE ->
          new FunctionSizing(function.memoryMb(), Duration.minutes(15), Duration.hours(6), 2);
    };
  }

  /** The defaults, with memory and timeout overridden from context where given. */
  static FunctionSizing of(LambdaFunction function, software.constructs.Node node) {
    FunctionSizing base = defaults(function);
    Object memory = node.tryGetContext(InfraSettings.PREFIX + "memoryMb." + function.exportName());
    Object timeout =
        node.tryGetContext(InfraSettings.PREFIX + "timeoutSeconds." + function.exportName());
    return new FunctionSizing(
        memory == null ? base.memoryMb : parse(memory),
        timeout == null ? base.timeout : Duration.seconds(parse(timeout)),
        base.maxEventAge,
        base.retryAttempts);
  }

  private static int parse(Object value) {
    return (int) Double.parseDouble(String.valueOf(value));
  }
}
