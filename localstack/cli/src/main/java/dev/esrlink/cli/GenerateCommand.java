package dev.esrlink.cli;

import dev.esrlink.cli.generate.SyntheticSet;
import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a realistic synthetic set of inbound files: per Local Office an ESR RMF and the"
          + " LETB's POSTS, TRAINEES and PLACEMENTS, with lead and host positions, rotations"
          + " spread over the year, unmatched posts, TPN near-misses and a few bad records."
          + " Invented people only. The same options always give the same files."
    })
final class GenerateCommand implements Callable<Integer> {

  static final int DEFAULT_TRAINEES = 390;

  @Option(names = "--out", paramLabel = "OUT", required = true, description = "Folder to write.")
  Path out;

  @Option(
      names = "--lo",
      paramLabel = "LO",
      description = "Local Office (repeatable; default all).")
  List<String> offices = new ArrayList<>();

  @Option(
      names = "--trainees",
      paramLabel = "N",
      description = "Trainees (and posts) over all Local Offices (default 390; 60000 is national).")
  int trainees = DEFAULT_TRAINEES;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default 1).")
  long seed = 1;

  @Option(
      names = "--clock",
      paramLabel = "INSTANT",
      description = "Dates are placed around this instant's date (default: now).")
  String clock;

  @Override
  public Integer call() {
    if (trainees < 1) {
      throw new UsageError("--trainees must be at least 1");
    }
    List<String> selected = LocalOffices.selected(offices);
    FunctionOptions time = new FunctionOptions();
    time.clock = clock;
    write(out, selected, trainees, seed, time, Console.system());
    return EsrLinkLocal.OK;
  }

  /** Writes the set and prints one line per file; returns the files in upload order. */
  static List<GeneratedFile> write(
      Path out, List<String> offices, int trainees, long seed, FunctionOptions time, Console c) {
    List<GeneratedFile> files =
        new SyntheticSet(seed, time.now())
            .write(out, offices, trainees, n -> c.progress("generating: " + n + " entities"));
    long records = 0;
    for (GeneratedFile file : files) {
      records += file.records();
      c.line(file.path().getFileName() + "  " + file.records() + " records");
    }
    c.line(
        "wrote "
            + files.size()
            + " files, "
            + records
            + " records, to "
            + out.toAbsolutePath().normalize());
    return files;
  }
}
