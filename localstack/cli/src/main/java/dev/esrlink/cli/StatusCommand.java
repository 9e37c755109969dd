package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the status pages (one HTML page and its JSON per Local Office, and an index) with"
          + " the status function, as its daily schedule does, and copies them into --out."
    })
final class StatusCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Option(names = "--out", paramLabel = "OUT", required = true, description = "Folder to fill.")
  Path out;

  @Option(
      names = "--lo",
      paramLabel = "LO",
      description = "Only this Local Office's page (and the index); default: every office.")
  String lo;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    Optional<String> office = Optional.ofNullable(lo).map(LocalOffices::check);
    Console console = Console.system();
    try (Stack stack =
        Stack.open(state.directory(), functionOptions, List.of(LambdaFunction.STATUS))) {
      int files = StatusPages.write(stack, office, out, console);
      console.line(
          "wrote "
              + files
              + " files; open "
              + out.toAbsolutePath().normalize().resolve(StatusPages.INDEX));
    }
    return EsrLinkLocal.OK;
  }
}
