package dev.esrlink.store;

import dev.esrlink.log.LogEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the S3 and DynamoDB clients on a second thread while the function boots. A client's first
 * build (region metadata, endpoint rules, signer, HTTP client) is a few hundred milliseconds of one
 * core, and it would otherwise happen inside the first event, after boot; on Lambda the init phase
 * and the idle second core of a local JVM absorb it (docs/benchmarks.md, cold start). Sends no
 * request: the functions' roles allow nothing beyond their own work.
 */
@ApplicationScoped
public class ClientWarmUp {
  private static final Logger LOG = Logger.getLogger(ClientWarmUp.class);

  void onStart(@Observes StartupEvent event, S3Client s3, DynamoDbClient dynamo) {
    Thread thread =
        new Thread(
            () -> {
              try {
                s3.serviceName();
                dynamo.serviceName();
              } catch (RuntimeException e) {
                // the first event builds the client
                LogEvent.of("client.warmup_failed").with("error", e).debug(LOG);
              }
            },
            "client-warm-up");
    thread.setDaemon(true);
    thread.start();
  }
}
