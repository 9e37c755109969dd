package dev.esrlink.cli;

import dev.esrlink.log.LogEvent;
import dev.esrlink.store.RequestCounter;
import dev.esrlink.topology.LambdaFunction;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * In the function's JVM: what one invocation consumed, from the SDK's counts ({@link
 * RequestCounter}), and its duration, the one timed figure, with the memory the deployment gives
 * the function (GB-seconds as Lambda bills them). Logged as the event {@code host.usage} after
 * every event; the benchmark adds them up (docs/benchmarks.md).
 */
final class InvocationUsage {

  private final RequestCounter.Totals before;
  private final long started;

  private InvocationUsage() {
    this.before = RequestCounter.totals();
    this.started = System.nanoTime();
  }

  static InvocationUsage start() {
    return new InvocationUsage();
  }

  /** The log event of the invocation that started with {@link #start()}. */
  LogEvent event(String function) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    int memoryMb =
        Arrays.stream(LambdaFunction.values())
            .filter(f -> f.exportName().equals(function))
            .findFirst()
            .map(LambdaFunction::memoryMb)
            .orElse(0);
    return RequestCounter.totals()
        .minus(before)
        .addTo(
            LogEvent.of("host.usage")
                .with("function", function)
                .with("timedMs", ms)
                .with("memoryMb", memoryMb));
  }
}
