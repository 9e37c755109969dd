package dev.esrlink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description = {
      "Releases an RMF quarantined by the mass-deletion guard: it is processed as if the guard had"
          + " passed (every other check still applies). Refused, with the reason, for a file that"
          + " is not quarantined or was quarantined for its content."
    })
final class ReleaseCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Mixin OperatorCall.Who who;

  @Parameters(paramLabel = "NAME", description = "The quarantined file's name.")
  String name;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    var request = OperatorCall.request("release", who).put("file", name);
    return OperatorCall.run(state.directory(), functionOptions, request, Console.system());
  }
}
