package dev.esrlink.bench;

/**
 * The AWS prices the cost figures use: eu-west-2 (London), on-demand, US dollars, as written down
 * on {@value #DATED}. Each says where it comes from. "Checked" figures were compared with AWS's
 * Price List offer files for eu-west-2 ({@value #PRICE_LIST}, where {@code <service>} is the
 * service code named), as quoted line by line (usage type and price) in a public cost note read on
 * {@value #DATED}, which read the files published between 2026-09-11 and 2026-10-01: AWS's own
 * pages could not be opened from here, so they are second-hand. "Unverified" figures could not be
 * checked for eu-west-2 at all. docs/benchmarks.md repeats the table. A buyer re-prices by editing
 * this one class.
 */
final class Prices {

  static final String DATED = "2026-12-05";

  /** AWS's Price List offer file of a service for London. */
  static final String PRICE_LIST =
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<service>/current/eu-west-2/index.json";

  /**
   * DynamoDB on-demand, per write request unit. Unverified for eu-west-2: us-east-1 ($0.625 per
   * million since the November 2024 cut, https://aws.amazon.com/dynamodb/pricing/on-demand/, as
   * quoted in several guides) times 1.188, London's premium before the cut.
   */
  static final double DYNAMODB_WRU = 0.7425 / 1e6;

  /** DynamoDB on-demand, per read request unit. Unverified: us-east-1 $0.125 x 1.188. */
  static final double DYNAMODB_RRU = 0.1485 / 1e6;

  /**
   * DynamoDB Standard table class storage per GB-month (the 25 GB free each month not applied).
   * Unverified: us-east-1 $0.25 x 1.19.
   */
  static final double DYNAMODB_GB_MONTH = 0.2975;

  /**
   * Lambda Arm (the stack's functions run on arm64) per GB-second, first tier (7.5 billion GB-s a
   * month). Checked: AWSLambda, usage type EUW2-Lambda-GB-Second-ARM, $0.0000133334.
   */
  static final double LAMBDA_GB_SECOND = 0.0000133334;

  /** Lambda Arm per request. Checked: AWSLambda, EUW2-Request-ARM, $0.0000002. */
  static final double LAMBDA_REQUEST = 0.20 / 1e6;

  /**
   * S3 Standard PUT, COPY, POST, LIST per request. Checked: AmazonS3, EUW2-Requests-Tier1, $0.0053
   * per 1,000.
   */
  static final double S3_PUT = 0.0053 / 1000;

  /**
   * S3 Standard GET and other requests. Checked: AmazonS3, EUW2-Requests-Tier2, $0.0042 per 10,000.
   */
  static final double S3_GET = 0.00042 / 1000;

  /**
   * S3 Standard storage per GB-month, first 50 TB. Checked: AmazonS3, EUW2-TimedStorage-ByteHrs,
   * $0.024.
   */
  static final double S3_GB_MONTH = 0.024;

  /**
   * KMS customer managed key per month (the stack has one). Checked: awskms, eu-west-2-KMS-Keys,
   * $1.
   */
  static final double KMS_KEY_MONTH = 1.0;

  /**
   * KMS requests (the 20,000 free a month not applied). Checked: awskms, eu-west-2-KMS-Requests,
   * $0.03 per 10,000.
   */
  static final double KMS_REQUEST = 0.03 / 10_000;

  /**
   * CloudWatch Logs ingestion per GB, standard class (5 GB free a month not applied). Checked:
   * AmazonCloudWatch, EUW2-DataProcessing-Bytes, $0.5985.
   */
  static final double LOGS_INGEST_GB = 0.5985;

  /** Lambda's own START, END and REPORT lines per invocation, in bytes (estimate). */
  static final int LAMBDA_LOG_BYTES_PER_INVOCATION = 350;

  static final double DAYS_PER_MONTH = 365.0 / 12;

  /**
   * Days an object is kept in every bucket: the stack's default retention (infra InfraSettings:
   * retention.inboundDays, outboundDays, operationsDays, all 400).
   */
  static final int RETENTION_DAYS = 400;

  private Prices() {}
}
