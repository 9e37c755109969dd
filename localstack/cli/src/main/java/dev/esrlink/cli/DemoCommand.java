package dev.esrlink.cli;

import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "A first run: generates a small set for three Local Offices (EOE in Full Records mode, LDN"
          + " and WES in Part), processes it on fresh emulators, prints a summary per Local"
          + " Office and the folder to open."
    })
final class DemoCommand implements Callable<Integer> {

  static final List<String> OFFICES = List.of("EOE", "LDN", "WES");
  static final int TRAINEES = 120;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "A new folder for everything (default: ./esrlink-demo-<date>-<time>).")
  Path folder;

  @Override
  public Integer call() {
    Path root = freshFolder();
    Console console = Console.system();
    FunctionOptions options = new FunctionOptions();
    options.modes.add("EOE=FULL");
    console.line("Generating " + TRAINEES + " invented trainees for " + OFFICES + " ...");
    List<GeneratedFile> files =
        GenerateCommand.write(root.resolve("inbound"), OFFICES, TRAINEES, 1, options, console);
    console.line("Processing them on the embedded emulators ...");
    Path out = root.resolve("out");
    boolean ok =
        Pipeline.process(
            Optional.of(root.resolve("state")),
            options,
            files.stream().map(GeneratedFile::path).toList(),
            out,
            console);
    new DemoSummary(out, console).print(OFFICES, options.fullRecordOffices());
    console.line("");
    console.line("Open " + out + " (inbound files in " + root.resolve("inbound") + ")");
    console.line("Status pages: " + out.resolve("status").resolve(StatusPages.INDEX));
    return ok ? EsrLinkLocal.OK : EsrLinkLocal.HUB_FAILED;
  }

  private Path freshFolder() {
    Path root =
        folder != null
            ? folder
            : Path.of(
                "esrlink-demo-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    root = root.toAbsolutePath().normalize();
    try {
      if (Files.exists(root)) {
        try (var entries = Files.list(root)) {
          if (entries.findAny().isPresent()) {
            throw new UsageError(root + " is not empty: give demo a new folder with --out");
          }
        }
      }
      return Files.createDirectories(root);
    } catch (IOException e) {
      throw new UsageError("cannot create " + root + ": " + e.getMessage());
    }
  }
}
