package dev.esrlink.bench;

/**
 * The AWS prices the cost figures use: eu-west-2 (London), on-demand, US dollars, as written down
 * on {@value #DATED}. Each says where it comes from: "checked" figures were read on a pricing page
 * (for the region named); "unverified" ones could not be checked for eu-west-2 from here and are
 * the US East figure scaled by London's usual premium, or a figure from memory. docs/benchmarks.md
 * repeats the table. A buyer re-prices by editing this one class.
 */
final class Prices {

  static final String DATED = "2026-12-05";

  /**
   * DynamoDB on-demand, per write request unit. Checked for us-east-1 ($0.625 per million since the
   * November 2024 cut); eu-west-2 unverified: us-east-1 x 1.188 (London's premium before it).
   */
  static final double DYNAMODB_WRU = 0.7425 / 1e6;

  /**
   * DynamoDB on-demand, per read request unit. us-east-1 $0.125 per million checked; unverified.
   */
  static final double DYNAMODB_RRU = 0.1485 / 1e6;

  /** DynamoDB standard storage per GB-month (first 25 GB free not applied). Unverified. */
  static final double DYNAMODB_GB_MONTH = 0.2975;

  /**
   * Lambda x86 per GB-second, first tier. Checked for us-east-1 ($0.0000166667); eu-west-2 is
   * listed at the same rate (unverified from here).
   */
  static final double LAMBDA_GB_SECOND = 0.0000166667;

  /** Lambda per request ($0.20 per million; unverified for eu-west-2). */
  static final double LAMBDA_REQUEST = 0.20 / 1e6;

  /** S3 Standard PUT, COPY, POST, LIST per request ($0.0053 per 1,000; unverified). */
  static final double S3_PUT = 0.0053 / 1000;

  /** S3 Standard GET and other requests ($0.00042 per 1,000; unverified). */
  static final double S3_GET = 0.00042 / 1000;

  /** S3 Standard storage per GB-month (first 50 TB; $0.024; unverified). */
  static final double S3_GB_MONTH = 0.024;

  /** KMS customer managed key per month ($1; the stack has one). Unverified for eu-west-2. */
  static final double KMS_KEY_MONTH = 1.0;

  /** KMS requests ($0.03 per 10,000; unverified). */
  static final double KMS_REQUEST = 0.03 / 10_000;

  /** CloudWatch Logs ingestion per GB (standard class; $0.5985; unverified). */
  static final double LOGS_INGEST_GB = 0.5985;

  /** Lambda's own START, END and REPORT lines per invocation, in bytes (estimate). */
  static final int LAMBDA_LOG_BYTES_PER_INVOCATION = 350;

  static final double DAYS_PER_MONTH = 365.0 / 12;

  private Prices() {}
}
