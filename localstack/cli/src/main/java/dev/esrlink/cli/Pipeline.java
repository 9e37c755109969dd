package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** upload + tick (daily jobs, every Local Office) + pull, in one stack. */
final class Pipeline {

  private Pipeline() {}

  /** Returns true when every file was handled and every job ran. */
  static boolean process(
      Optional<Path> state, FunctionOptions options, List<Path> files, Path out, Console console) {
    List<Schedule> jobs = Jobs.events(Jobs.selected(List.of()), Topology.LOCAL_OFFICES);
    Set<LambdaFunction> functions = new LinkedHashSet<>(FileUploader.functionsFor(files));
    jobs.forEach(job -> functions.add(job.function()));
    try (Stack stack = Stack.open(state, options, functions)) {
      boolean handled = new FileUploader(stack, options.now(), console).uploadAll(files);
      boolean ran = new JobRunner(stack.functions(), console).runAll(jobs);
      int pulled = new OutboundPuller(stack.s3(), console).pull(out);
      console.line("pulled " + pulled + " files into " + out.toAbsolutePath().normalize());
      return handled && ran;
    }
  }
}
