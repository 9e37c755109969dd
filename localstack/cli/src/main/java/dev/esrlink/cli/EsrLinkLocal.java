package dev.esrlink.cli;

import dev.esrlink.emulator.EmulatorException;
import java.util.Optional;
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
      StatusCommand.class
    })
public final class EsrLinkLocal implements Runnable {

  static final int OK = 0;
  static final int HUB_FAILED = 1;
  static final int USAGE = 2;

  /**
   * The {@code bench} command of the performance lab (localstack/bench), a module of its own: the
   * launcher puts it on the classpath when it is built, and the command line lists it then.
   */
  static final String BENCH_COMMAND = "dev.esrlink.bench.BenchCommand";

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    Console console = Console.system();
    CommandLine cli = new CommandLine(new EsrLinkLocal());
    bench().ifPresent(cli::addSubcommand);
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

  private static Optional<Object> bench() {
    try {
      return Optional.of(Class.forName(BENCH_COMMAND).getConstructor().newInstance());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + BENCH_COMMAND, e);
    }
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command");
  }
}
