package dev.esrlink.cli;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Stands in for S3 event notifications, which S3Mock does not send: lists the inbound buckets and
 * delivers an ObjectCreated event for every object (name and ETag) not seen before.
 */
final class InboundPoller {

  private final S3Client s3;
  private final FunctionRunner functions;
  private final Console console;
  private final Set<String> seen = new HashSet<>();

  InboundPoller(S3Client s3, FunctionRunner functions, Console console) {
    this.s3 = s3;
    this.functions = functions;
    this.console = console;
  }

  static List<Bucket> inboundBuckets() {
    return Topology.S3_TRIGGERS.stream().map(t -> t.bucket()).distinct().toList();
  }

  /** Takes what the buckets hold now as already delivered. */
  void markExistingSeen() {
    for (Bucket bucket : inboundBuckets()) {
      list(bucket).forEach(object -> seen.add(identity(bucket, object)));
    }
  }

  /** Delivers events for new objects; returns their keys. */
  List<String> poll() {
    List<String> delivered = new java.util.ArrayList<>();
    for (Bucket bucket : inboundBuckets()) {
      for (S3Object object : list(bucket)) {
        if (seen.add(identity(bucket, object))) {
          deliver(bucket, object);
          delivered.add(object.key());
        }
      }
    }
    return delivered;
  }

  private void deliver(Bucket bucket, S3Object object) {
    Optional<LambdaFunction> function = Topology.functionFor(bucket, object.key());
    if (function.isEmpty()) {
      return;
    }
    String event =
        S3Events.objectCreated(
            bucket.localName(), object.key(), object.size(), object.eTag(), Instant.now());
    try {
      String result = functions.invoke(function.get(), event);
      console.line(FileOutcome.of(object.key(), JobRunnerJson.parse(result)).summary());
    } catch (HubFailure e) {
      console.error(object.key() + ": " + e.getMessage());
    }
  }

  private Iterable<S3Object> list(Bucket bucket) {
    return s3.listObjectsV2Paginator(r -> r.bucket(bucket.localName())).contents();
  }

  private static String identity(Bucket bucket, S3Object object) {
    return bucket.localName() + "/" + object.key() + "#" + object.eTag();
  }
}
