package dev.esrlink.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "process",
    mixinStandardHelpOptions = true,
    description = {"upload, then tick (the daily jobs of every Local Office), then pull."})
final class ProcessCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Option(names = "--out", paramLabel = "OUT", required = true, description = "Folder to fill.")
  Path out;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Inbound files to upload.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    FileUploader.checkReadable(files);
    functionOptions.fullRecordOffices();
    return Pipeline.process(state.directory(), functionOptions, files, out, Console.system())
        ? EsrLinkLocal.OK
        : EsrLinkLocal.HUB_FAILED;
  }
}
