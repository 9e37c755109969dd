package dev.esrlink.topology;

/**
 * An S3 ObjectCreated notification: objects in {@code bucket} under {@code prefix} fire {@code
 * function}.
 */
public record S3Trigger(Bucket bucket, String prefix, String suffix, LambdaFunction function) {

  /** Whether an object key would fire this trigger. */
  public boolean matches(Bucket candidate, String key) {
    return candidate == bucket && key.startsWith(prefix) && key.endsWith(suffix);
  }
}
