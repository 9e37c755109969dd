package dev.esrlink.emulator;

import dev.esrlink.topology.Topology;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local (in process) and S3Mock (child JVM), provisioned with the {@link Topology}; or,
 * when {@value #ENDPOINT_VARIABLE} is set, that endpoint (LocalStack, Floci) with nothing started.
 */
public final class EmbeddedEmulators implements AutoCloseable {

  /** Environment variable naming an external AWS-compatible endpoint for both services. */
  public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

  private static EmbeddedEmulators shared;

  private final Servers servers;
  private final URI dynamoDbEndpoint;
  private final URI s3Endpoint;
  private final S3Client s3;
  private final DynamoDbClient dynamoDb;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread shutdownHook = new Thread(this::close, "esrlink-emulators-stop");

  private EmbeddedEmulators(Servers servers, URI dynamoDbEndpoint, URI s3Endpoint) {
    this.servers = servers;
    this.dynamoDbEndpoint = dynamoDbEndpoint;
    this.s3Endpoint = s3Endpoint;
    this.s3 = AwsClients.s3(s3Endpoint);
    this.dynamoDb = AwsClients.dynamoDb(dynamoDbEndpoint);
  }

  /** Starts (or connects to) the emulators and provisions the topology. */
  public static EmbeddedEmulators start(EmulatorOptions options) {
    Optional<URI> external = externalEndpoint();
    EmbeddedEmulators emulators =
        external.isPresent()
            ? new EmbeddedEmulators(Servers.NONE, external.get(), external.get())
            : startEmbedded(options);
    Runtime.getRuntime().addShutdownHook(emulators.shutdownHook);
    try {
      TopologyProvisioner.provision(emulators.s3, emulators.dynamoDb);
    } catch (RuntimeException e) {
      emulators.close();
      throw new EmulatorException("cannot provision the topology on the emulators", e);
    }
    return emulators;
  }

  /**
   * One start per JVM, stopped by a shutdown hook; the pid file goes to the folder named by system
   * property {@value EmulatorOptions#STATE_PROPERTY} (else a temporary folder). Data is not kept.
   */
  public static synchronized EmbeddedEmulators shared() {
    if (shared == null || shared.closed.get()) {
      String state = System.getProperty(EmulatorOptions.STATE_PROPERTY);
      shared =
          start(
              state == null || state.isBlank()
                  ? EmulatorOptions.ephemeral()
                  : EmulatorOptions.ephemeralIn(Path.of(state)));
    }
    return shared;
  }

  private static EmbeddedEmulators startEmbedded(EmulatorOptions options) {
    StateLayout layout = StateLayout.prepare(options);
    int dynamoDbPort = FreePorts.orFree(options.dynamoDbPort());
    int s3Port = FreePorts.orFree(options.s3Port());
    Path jar = options.resolveS3MockJar();
    CompletableFuture<S3MockProcess> s3Mock =
        CompletableFuture.supplyAsync(
            () ->
                S3MockProcess.start(
                    jar, s3Port, layout.s3Root(), options.persistent(), layout.root()));
    DynamoDbLocalServer dynamoDb;
    try {
      dynamoDb = DynamoDbLocalServer.start(dynamoDbPort, layout.dynamoDbDir());
    } catch (RuntimeException e) {
      s3Mock.thenAccept(S3MockProcess::close);
      layout.close();
      throw e;
    }
    try {
      S3MockProcess s3 = s3Mock.join();
      return new EmbeddedEmulators(
          new Servers(dynamoDb, s3, layout), dynamoDb.endpoint(), s3.endpoint());
    } catch (CompletionException e) {
      dynamoDb.close();
      layout.close();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  public URI dynamoDbEndpoint() {
    return dynamoDbEndpoint;
  }

  public URI s3Endpoint() {
    return s3Endpoint;
  }

  public S3Client s3() {
    return s3;
  }

  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  /** Whether the emulators run here (false when {@value #ENDPOINT_VARIABLE} is used). */
  public boolean embedded() {
    return servers != Servers.NONE;
  }

  /** Pid of the S3Mock child JVM, when one runs. */
  public long s3MockPid() {
    return servers.s3Mock() == null ? -1 : servers.s3Mock().pid();
  }

  /** The environment a function process needs to reach these emulators and the topology. */
  public Map<String, String> functionEnvironment() {
    return functionEnvironment(dynamoDbEndpoint, s3Endpoint);
  }

  /**
   * The environment a function process needs to reach emulators at these endpoints, known before
   * they answer (so a function JVM can boot while the emulators start).
   */
  public static Map<String, String> functionEnvironment(URI dynamoDbEndpoint, URI s3Endpoint) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AWS_REGION", AwsClients.REGION.id());
    env.put("AWS_ACCESS_KEY_ID", AwsClients.TEST_CREDENTIAL);
    env.put("AWS_SECRET_ACCESS_KEY", AwsClients.TEST_CREDENTIAL);
    env.put("QUARKUS_S3_ENDPOINT_OVERRIDE", s3Endpoint.toString());
    env.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
    env.put("QUARKUS_DYNAMODB_ENDPOINT_OVERRIDE", dynamoDbEndpoint.toString());
    env.putAll(
        Topology.functionEnvironment(Topology.localBucketNames(), Topology.TABLE.localName()));
    return env;
  }

  /** The endpoint named by {@value #ENDPOINT_VARIABLE}, when set. */
  public static Optional<URI> externalEndpoint() {
    String external = System.getenv(ENDPOINT_VARIABLE);
    return external == null || external.isBlank()
        ? Optional.empty()
        : Optional.of(URI.create(external.trim()));
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: this is the hook
    }
    s3.close();
    dynamoDb.close();
    servers.close();
  }

  /** What was started here; all null when an external endpoint is used. */
  private record Servers(DynamoDbLocalServer dynamoDb, S3MockProcess s3Mock, StateLayout layout)
      implements AutoCloseable {
    static final Servers NONE = new Servers(null, null, null);

    @Override
    public void close() {
      if (s3Mock != null) {
        s3Mock.close();
      }
      if (dynamoDb != null) {
        dynamoDb.close();
      }
      if (layout != null) {
        layout.close();
      }
    }
  }
}
