package dev.esrlink.cli;

import dev.esrlink.emulator.EmulatorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code esrlink-local}: the hub's real functions on embedded emulators (spec section 6). */
@Command(
    name = "esrlink-local",
    mixinStandardHelpOptions = true,
    version = "esrlink-local 1.0.0-SNAPSHOT",
    description = "Runs the ESR Link functions locally on embedded AWS emulators.",
    subcommands = {
      UploadCommand.class,
      TickCommand.class,
      PullCommand.class,
      ProcessCommand.class,
      GenerateCommand.class,
      DemoCommand.class,
      RunCommand.class,
      ReleaseCommand.class,
      RedriveCommand.class,
      ReprocessCommand.class,
      DnfCommand.class,
      ExplainCommand.class,
      StatusCommand.class,
      dev.esrlink.cli.bench.BenchCommand.class
    })
public final class EsrLinkLocal implements Runnable {

  static final int OK = 0;
  static final int HUB_FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    Console console = Console.system();
    CommandLine cli = new CommandLine(new EsrLinkLocal());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageError) {
            console.error(e.getMessage());
            commandLine
                .getErr()
                .println("Try: esrlink-local " + commandLine.getCommandName() + " --help");
            return USAGE;
          }
          if (e instanceof HubFailure || e instanceof EmulatorException) {
            console.error(e.getMessage());
          } else {
            console.error("unexpected failure, please report it with this trace:");
            e.printStackTrace(commandLine.getErr());
          }
          return HUB_FAILED;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command");
  }
}
