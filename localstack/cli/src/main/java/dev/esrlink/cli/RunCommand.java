package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the stack up on fixed ports: objects put into the inbound buckets (aws s3 cp, or"
          + " files dropped into --drop DIR) fire the functions; the daily schedules fire at"
          + " their Europe/London times. Ctrl-C stops everything."
    })
final class RunCommand implements Callable<Integer> {

  static final int DYNAMODB_PORT = 8000;
  static final int S3_PORT = 9090;
  private static final Duration POLL = Duration.ofSeconds(1);

  @Mixin StateOption state;

  @Option(names = "--mode", paramLabel = "LO=FULL|PART", description = "As for upload.")
  List<String> modes = new java.util.ArrayList<>();

  @Option(names = "--dynamodb-port", paramLabel = "PORT", description = "Default 8000.")
  int dynamoDbPort = DYNAMODB_PORT;

  @Option(names = "--s3-port", paramLabel = "PORT", description = "Default 9090.")
  int s3Port = S3_PORT;

  @Option(names = "--drop", paramLabel = "DIR", description = "Upload files dropped here.")
  Path drop;

  @Option(
      names = "--status-port",
      paramLabel = "PORT",
      description = "Serve the status pages here (default 8081), refreshed after each file.")
  int statusPort = STATUS_PORT;

  static final int STATUS_PORT = 8081;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;

  @Override
  public Integer call() throws InterruptedException {
    FunctionOptions options = new FunctionOptions();
    options.modes.addAll(modes);
    options.fullRecordOffices();
    Console console = Console.system();
    List<LambdaFunction> ingest =
        new java.util.ArrayList<>(Topology.S3_TRIGGERS.stream().map(t -> t.function()).toList());
    ingest.add(LambdaFunction.STATUS);
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "esrlink-run-stop"));
    try (Stack stack = Stack.open(state.directory(), options, ingest, dynamoDbPort, s3Port)) {
      InboundPoller poller = new InboundPoller(stack.s3(), stack.functions(), console);
      poller.markExistingSeen();
      DailyScheduler scheduler = new DailyScheduler(Topology.schedules(), Instant.now());
      DropFolder dropFolder = drop == null ? null : new DropFolder(drop, stack.s3(), console);
      Path pages = pagesFolder();
      StatusPages.write(stack, java.util.Optional.empty(), pages, console);
      try (PageServer server = PageServer.start(pages, statusPort)) {
        announce(stack, scheduler, console);
        console.line("  status:   " + server.address());
        JobRunner jobs = new JobRunner(stack.functions(), console);
        while (running) {
          if (dropFolder != null) {
            dropFolder.putNew();
          }
          List<String> delivered = poller.poll();
          delivered.stream()
              .map(StatusPages::officeOf)
              .flatMap(java.util.Optional::stream)
              .distinct()
              .forEach(lo -> refresh(stack, lo, pages, console));
          List<Schedule> due = scheduler.due(Instant.now());
          if (!due.isEmpty()) {
            jobs.runAll(due);
            new OutboundPuller(stack.s3(), console).pullStatus(pages);
          }
          Thread.sleep(POLL.toMillis());
        }
      }
      console.line("stopping ...");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
    }
    return EsrLinkLocal.OK;
  }

  private Path pagesFolder() {
    try {
      return state.directory().isPresent()
          ? java.nio.file.Files.createDirectories(state.directory().get().resolve("status-pages"))
          : java.nio.file.Files.createTempDirectory("esrlink-status-");
    } catch (java.io.IOException e) {
      throw new HubFailure("cannot create the status pages folder: " + e.getMessage(), e);
    }
  }

  private static void refresh(Stack stack, String lo, Path pages, Console console) {
    try {
      StatusPages.write(stack, java.util.Optional.of(lo), pages, console);
    } catch (HubFailure e) {
      console.error("status pages of " + lo + ": " + e.getMessage());
    }
  }

  private void stop() {
    running = false;
    try {
      stopped.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void announce(Stack stack, DailyScheduler scheduler, Console console) {
    console.line("ESR Link is running. Ctrl-C stops it.");
    console.line("  S3:       " + stack.emulators().s3Endpoint());
    console.line("  DynamoDB: " + stack.emulators().dynamoDbEndpoint());
    console.line("  logs:     " + stack.functions().logDir());
    console.line(
        "  send a file: aws --endpoint-url "
            + stack.emulators().s3Endpoint()
            + " s3 cp DE_EOE_RMF_20250101_00000001.DAT s3://esrlink-esr-inbound/");
    if (drop != null) {
      console.line("  or drop it into " + drop.toAbsolutePath());
    }
    console.line("  next schedule: " + scheduler.next(Instant.now()).atZone(DailyScheduler.ZONE));
  }
}
