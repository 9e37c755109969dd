package dev.esrlink.operations;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.store.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Opens the dead-letter place of this deployment for one re-drive. */
@ApplicationScoped
public class DeadLetterPlaces {
  private final OperationsConfig config;
  private final ObjectStore objects;
  private final BucketsConfig buckets;
  private SqsClient sqs;

  @Inject
  public DeadLetterPlaces(OperationsConfig config, ObjectStore objects, BucketsConfig buckets) {
    this.config = config;
    this.objects = objects;
    this.buckets = buckets;
  }

  /** The SQS queues when configured (AWS), else the operations bucket's prefix (local hub). */
  public DeadLetters open() {
    List<String> queues = config.deadLetterQueues().orElse(List.of());
    if (queues.isEmpty()) {
      return new S3DeadLetters(objects, buckets.operations());
    }
    return new SqsDeadLetters(client(), queues);
  }

  private synchronized SqsClient client() {
    if (sqs == null) {
      sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
    return sqs;
  }
}
