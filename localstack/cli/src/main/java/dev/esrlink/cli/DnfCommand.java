package dev.esrlink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "dnf",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the full notification file (DNF) of a Local Office on ESR's request, audited."
    })
final class DnfCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Mixin OperatorCall.Who who;

  @Option(names = "--lo", paramLabel = "LO", required = true, description = "Local Office.")
  String lo;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    var request = OperatorCall.request("dnf", who).put("lo", LocalOffices.check(lo));
    return OperatorCall.run(state.directory(), functionOptions, request, Console.system());
  }
}
