package dev.esrlink.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "upload",
    mixinStandardHelpOptions = true,
    description = {
      "Puts each file, in the order given, under its base name into the inbound bucket its name"
          + " selects (LETB_* the LETB's, anything else ESR's), delivers the S3 event AWS would"
          + " send to the function wired to that bucket, and waits for it."
    })
final class UploadCommand implements Callable<Integer> {

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Inbound files to upload.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    FileUploader.checkReadable(files);
    Console console = Console.system();
    try (Stack stack =
        Stack.open(state.directory(), functionOptions, FileUploader.functionsFor(files))) {
      boolean handled = new FileUploader(stack, functionOptions.now(), console).uploadAll(files);
      return handled ? EsrLinkLocal.OK : EsrLinkLocal.HUB_FAILED;
    }
  }
}
