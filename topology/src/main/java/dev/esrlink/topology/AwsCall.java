package dev.esrlink.topology;

/**
 * One AWS call a function's code may make, as the IAM action it needs and the resource it names:
 * objects of a bucket under a key prefix ({@code ""} for any key), a bucket itself (a list under a
 * key prefix), the table or one of its indexes, the function's own dead-letter queue, or the other
 * functions' dead-letter queues (the operations function re-drives them).
 */
public record AwsCall(String action, Target target, Bucket bucket, String prefix) {

  /** The kind of resource a call names. */
  public enum Target {
    OBJECTS,
    BUCKET,
    TABLE,
    INDEX,
    OWN_DEAD_LETTERS,
    OTHER_DEAD_LETTERS
  }

  /** An object call ({@code s3:GetObject}, {@code s3:PutObject}) on keys under {@code prefix}. */
  public static AwsCall objects(String action, Bucket bucket, String prefix) {
    return new AwsCall(action, Target.OBJECTS, bucket, prefix);
  }

  /** A bucket call ({@code s3:ListBucket}) listing keys under {@code prefix}. */
  public static AwsCall bucket(String action, Bucket bucket, String prefix) {
    return new AwsCall(action, Target.BUCKET, bucket, prefix);
  }

  public static AwsCall table(String action) {
    return new AwsCall(action, Target.TABLE, null, "");
  }

  /** A query of the index named {@code index} (kept in {@code prefix}). */
  public static AwsCall index(String action, String index) {
    return new AwsCall(action, Target.INDEX, null, index);
  }

  public static AwsCall ownDeadLetters(String action) {
    return new AwsCall(action, Target.OWN_DEAD_LETTERS, null, "");
  }

  public static AwsCall otherDeadLetters(String action) {
    return new AwsCall(action, Target.OTHER_DEAD_LETTERS, null, "");
  }

  /**
   * Whether this declared call covers {@code made}: same action and target, same bucket, and the
   * made call's prefix (or key) starts with the declared prefix.
   */
  public boolean covers(AwsCall made) {
    return action.equals(made.action)
        && target == made.target
        && bucket == made.bucket
        && (target == Target.INDEX ? prefix.equals(made.prefix) : made.prefix.startsWith(prefix));
  }

  private String bucketId() {
    return bucket == null ? "(a bucket outside the hub)" : bucket.id();
  }

  @Override
  public String toString() {
    String where =
        switch (target) {
          case OBJECTS -> bucketId() + "/" + prefix + "*";
          case BUCKET -> bucketId() + " (list " + prefix + "*)";
          case TABLE -> "table";
          case INDEX -> "table/index/" + prefix;
          case OWN_DEAD_LETTERS -> "own dead-letter queue";
          case OTHER_DEAD_LETTERS -> "other dead-letter queues";
        };
    return action + " on " + where;
  }
}
