package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The five buckets of the topology plus the bucket that receives their server access logs. Every
 * bucket blocks public access, denies requests without TLS 1.2, enforces bucket-owner object
 * ownership, is retained when the stack is deleted and expires objects after a configured period.
 */
final class Storage extends Construct {

  private static final Duration ABORT_UPLOADS_AFTER = Duration.days(7);

  private final Map<Bucket, IBucket> buckets = new EnumMap<>(Bucket.class);
  private final IBucket accessLogs;

  Storage(Construct scope, IKey key, InfraSettings settings, IRole notificationsRole) {
    super(scope, "Storage");
    this.accessLogs = accessLogBucket(settings);
    for (Bucket bucket : Bucket.values()) {
      buckets.put(bucket, dataBucket(bucket, key, settings, notificationsRole));
    }
  }

  IBucket bucket(Bucket bucket) {
    return buckets.get(bucket);
  }

  /** Deployed bucket names, keyed as the functions' environment expects. */
  Map<Bucket, String> names() {
    Map<Bucket, String> names = new EnumMap<>(Bucket.class);
    buckets.forEach((bucket, resource) -> names.put(bucket, resource.getBucketName()));
    return names;
  }

  /** S3 delivers server access logs only to SSE-S3 buckets, so this one cannot use the CMK. */
  private IBucket accessLogBucket(InfraSettings settings) {
    IBucket logs =
        secured("AccessLogs")
            .encryption(BucketEncryption.S3_MANAGED)
            .lifecycleRules(
                List.of(expiry("expire-access-logs", null, settings.accessLogRetentionDays())))
            .build();
    Tags.of(logs).add(Names.BUCKET_TAG, Names.ACCESS_LOGS);
    return logs;
  }

  private IBucket dataBucket(Bucket bucket, IKey key, InfraSettings settings, IRole role) {
    IBucket resource =
        secured(Names.pascal(bucket))
            .encryption(BucketEncryption.KMS)
            .encryptionKey(key)
            .bucketKeyEnabled(true)
            .versioned(bucket.inbound())
            .serverAccessLogsBucket(accessLogs)
            .serverAccessLogsPrefix(bucket.id() + "/")
            .lifecycleRules(lifecycle(bucket, settings))
            .notificationsHandlerRole(role)
            .build();
    Tags.of(resource).add(Names.BUCKET_TAG, bucket.id());
    return resource;
  }

  private software.amazon.awscdk.services.s3.Bucket.Builder secured(String id) {
    return software.amazon.awscdk.services.s3.Bucket.Builder.create(this, id)
        .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
        .enforceSsl(true)
        .minimumTlsVersion(1.2)
        .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
        .removalPolicy(RemovalPolicy.RETAIN);
  }

  /**
   * Inbound files (and their old versions) expire after the inbound retention; the operations
   * bucket expires {@code quarantine/} and {@code reports/} separately so they can diverge later.
   */
  private static List<LifecycleRule> lifecycle(Bucket bucket, InfraSettings settings) {
    int days = settings.retentionDays(bucket);
    List<LifecycleRule> rules = new ArrayList<>();
    if (bucket == Bucket.OPERATIONS) {
      rules.add(expiry("expire-quarantine", Topology.QUARANTINE_PREFIX, days));
      rules.add(expiry("expire-reports", Topology.REPORTS_PREFIX, days));
    } else if (bucket.inbound()) {
      rules.add(
          LifecycleRule.builder()
              .id("expire-inbound")
              .expiration(Duration.days(days))
              .noncurrentVersionExpiration(Duration.days(settings.noncurrentVersionDays()))
              .abortIncompleteMultipartUploadAfter(ABORT_UPLOADS_AFTER)
              .build());
    } else {
      rules.add(expiry("expire-outbound", null, days));
    }
    return rules;
  }

  private static LifecycleRule expiry(String id, String prefix, int days) {
    return LifecycleRule.builder()
        .id(id)
        .prefix(prefix)
        .expiration(Duration.days(days))
        .abortIncompleteMultipartUploadAfter(ABORT_UPLOADS_AFTER)
        .build();
  }
}
