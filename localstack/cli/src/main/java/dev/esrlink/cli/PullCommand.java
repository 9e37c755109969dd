package dev.esrlink.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    description = {
      "Copies every object of the outbound buckets, the quarantine and the file reports into"
          + " OUT/esr-outbound/, OUT/letb-outbound/, OUT/quarantine/, OUT/reports/ (overwriting)."
    })
final class PullCommand implements Callable<Integer> {

  @Mixin StateOption state;

  @Option(names = "--out", paramLabel = "OUT", required = true, description = "Folder to fill.")
  Path out;

  @Override
  public Integer call() {
    Console console = Console.system();
    try (Stack stack = Stack.storage(state.directory())) {
      int files = new OutboundPuller(stack.s3(), console).pull(out);
      console.line("pulled " + files + " files into " + out.toAbsolutePath().normalize());
      return EsrLinkLocal.OK;
    }
  }
}
