package dev.esrlink.infra;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;

/** Construct ids, tags and output keys derived from the topology's names. */
final class Names {

  /** Tag on every bucket naming its topology id, so tests and operators can map it back. */
  static final String BUCKET_TAG = "esrlink:bucket";

  /** Tag value of the server access log bucket, which has no topology counterpart. */
  static final String ACCESS_LOGS = "access-logs";

  private Names() {}

  /** {@code esr-inbound} -> {@code EsrInbound}. */
  static String pascal(Bucket bucket) {
    StringBuilder out = new StringBuilder();
    for (String part : bucket.id().split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  /** {@code ingestEsrFile} -> {@code IngestEsrFile}. */
  static String pascal(LambdaFunction function) {
    String name = function.exportName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Stack output holding the deployed name of {@code bucket}, e.g. {@code BucketEsrInbound}. */
  static String bucketOutput(Bucket bucket) {
    return "Bucket" + pascal(bucket);
  }

  /**
   * Stack output holding the deployed name of {@code function}, e.g. {@code FunctionExportToEsr}.
   */
  static String functionOutput(LambdaFunction function) {
    return "Function" + pascal(function);
  }
}
