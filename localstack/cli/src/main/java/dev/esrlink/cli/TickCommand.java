package dev.esrlink.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "tick",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the scheduled jobs now, with the given clock, whatever the hour: the daily APP, DNC"
          + " and LETB when no --job is given; DNF only when named."
    })
final class TickCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Option(
      names = "--job",
      paramLabel = "NAME",
      description = "APP, DNC, LETB or DNF (repeatable; default: APP, DNC, LETB).")
  List<String> jobs = new ArrayList<>();

  @Option(
      names = "--lo",
      paramLabel = "LO",
      description = "Local Office (repeatable; default: all).")
  List<String> offices = new ArrayList<>();

  @Override
  public Integer call() {
    var events = Jobs.events(Jobs.selected(jobs), LocalOffices.selected(offices));
    functionOptions.fullRecordOffices();
    var functions = events.stream().map(e -> e.function()).distinct().toList();
    try (Stack stack = Stack.open(state.directory(), functionOptions, functions)) {
      boolean ran = new JobRunner(stack.functions(), Console.system()).runAll(events);
      return ran ? EsrLinkLocal.OK : EsrLinkLocal.HUB_FAILED;
    }
  }
}
