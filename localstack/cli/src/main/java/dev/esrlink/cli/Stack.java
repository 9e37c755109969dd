package dev.esrlink.cli;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.emulator.EmulatorOptions;
import dev.esrlink.topology.LambdaFunction;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The emulators (or {@code AWS_ENDPOINT_URL}) and the functions of one CLI call. Function JVMs
 * named up front boot while the emulators start.
 */
final class Stack implements AutoCloseable {

  private final EmbeddedEmulators emulators;
  private final FunctionRunner functions;
  private final Map<String, String> environment;

  private Stack(
      EmbeddedEmulators emulators, FunctionRunner functions, Map<String, String> environment) {
    this.emulators = emulators;
    this.functions = functions;
    this.environment = Map.copyOf(environment);
  }

  static Stack open(
      Optional<Path> state, FunctionOptions options, Collection<LambdaFunction> prestart) {
    return open(state, options, prestart, 0, 0);
  }

  /** Opens the stack with the emulators on the given ports (0: free ones). */
  static Stack open(
      Optional<Path> state,
      FunctionOptions options,
      Collection<LambdaFunction> prestart,
      int dynamoDbPort,
      int s3Port) {
    int dynamoDb = dynamoDbPort != 0 ? dynamoDbPort : freePort();
    int s3 = s3Port != 0 ? s3Port : freePort();
    Optional<URI> external = EmbeddedEmulators.externalEndpoint();
    URI dynamoDbEndpoint = external.orElse(URI.create("http://127.0.0.1:" + dynamoDb));
    URI s3Endpoint = external.orElse(URI.create("http://127.0.0.1:" + s3));
    Map<String, String> env =
        new LinkedHashMap<>(EmbeddedEmulators.functionEnvironment(dynamoDbEndpoint, s3Endpoint));
    env.putAll(options.environment());
    FunctionRunner functions =
        new FunctionRunner(env, logDir(state), List.of(), ClassArchives.configured());
    try {
      prestart.forEach(functions::prestart);
      EmulatorOptions emulatorOptions =
          state
              .map(dir -> EmulatorOptions.persistentIn(dir.resolve("emulators")))
              .orElseGet(EmulatorOptions::ephemeral)
              .onPorts(dynamoDb, s3);
      EmbeddedEmulators emulators = EmbeddedEmulators.start(emulatorOptions);
      functions.keepFailedEventsIn(new DeadLetterDrop(emulators.s3()));
      return new Stack(emulators, functions, env);
    } catch (RuntimeException e) {
      functions.close();
      throw e;
    }
  }

  /** Opens only the storage side: no function will run. */
  static Stack storage(Optional<Path> state) {
    return open(state, new FunctionOptions(), List.of());
  }

  private static Path logDir(Optional<Path> state) {
    try {
      return state.isPresent()
          ? Files.createDirectories(state.get().resolve("logs"))
          : Files.createTempDirectory("esrlink-local-logs-");
    } catch (IOException e) {
      throw new HubFailure("cannot create the log folder: " + e.getMessage(), e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new HubFailure("no free local port", e);
    }
  }

  S3Client s3() {
    return emulators.s3();
  }

  EmbeddedEmulators emulators() {
    return emulators;
  }

  FunctionRunner functions() {
    return functions;
  }

  /**
   * Another set of function JVMs on the same stack, started as the CLI starts them, with extra
   * variables and JVM options and their own class data archives; close it after.
   */
  FunctionRunner otherFunctions(
      Path logDir,
      Map<String, String> extraEnvironment,
      List<String> javaOptions,
      ClassArchives archives) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.putAll(extraEnvironment);
    return new FunctionRunner(env, logDir, javaOptions, archives);
  }

  @Override
  public void close() {
    try {
      functions.close();
    } finally {
      emulators.close();
    }
  }
}
