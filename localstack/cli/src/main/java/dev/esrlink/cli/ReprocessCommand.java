package dev.esrlink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "reprocess",
    mixinStandardHelpOptions = true,
    description = {
      "Processes an applied inbound file again (after a fix): unchanged records cost no write,"
          + " nothing is sent twice, no second RTC is sent."
    })
final class ReprocessCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Mixin OperatorCall.Who who;

  @Parameters(paramLabel = "NAME", description = "The applied file's name.")
  String name;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    var request = OperatorCall.request("reprocess", who).put("file", name);
    return OperatorCall.run(state.directory(), functionOptions, request, Console.system());
  }
}
