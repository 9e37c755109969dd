package dev.esrlink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "redrive",
    mixinStandardHelpOptions = true,
    description = {
      "Delivers again, one by one, every failed event kept in the dead letters (S3 events and"
          + " scheduled jobs) and prints each outcome; a delivered one is removed. Safe to run"
          + " twice. Exit status 1 when one is still not delivered."
    })
final class RedriveCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Mixin OperatorCall.Who who;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    return OperatorCall.run(
        state.directory(), functionOptions, OperatorCall.request("redrive", who), Console.system());
  }
}
