package dev.esrlink.store;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The receipt of one inbound file name: {@code FILE#<bucket>/<name>} / {@code RECEIPT}, holding the
 * SHA-256 of the object last processed under the name, its status, the end of its processing lease
 * (epoch seconds), the summary of its report (JSON) and the report's key in the operations bucket,
 * the RTC sequence taken for it, and {@code version}: deliveries of one name race (two at once, a
 * lease renewed while the file is applied), so every change is a put conditional on the version
 * read ({@link ReceiptTable#replace}).
 *
 * <p>Receipts written before these names carry {@code sha}, {@code lease}, {@code report} and
 * {@code rtcSeq}; {@link TableStore} reads them under the present names ({@link #upgrade}) and the
 * next change writes them so.
 */
public final class Receipt {
  static final String PREFIX = "FILE#";
  static final String SK = "RECEIPT";
  static final String SHA256 = "sha256";
  static final String STATUS = "status";
  static final String LEASE_UNTIL = "leaseUntil";
  static final String REPORT_SUMMARY = "reportSummary";
  static final String REPORT_KEY = "reportKey";
  static final String RTC_SEQUENCE = "rtcSequence";
  static final String VERSION = "version";

  private static final Map<String, String> LEGACY =
      Map.of("sha", SHA256, "lease", LEASE_UNTIL, "report", REPORT_SUMMARY, "rtcSeq", RTC_SEQUENCE);

  private final Item item;

  private Receipt(Item item) {
    this.item = item;
  }

  static Receipt of(Item item) {
    return new Receipt(item);
  }

  /** A first receipt of a name, at version 1. */
  public static Receipt fresh(String bucket, String name) {
    return new Receipt(Item.keyed(pk(bucket, name), SK).put(VERSION, 1L));
  }

  static String pk(String bucket, String name) {
    return PREFIX + bucket + "/" + name;
  }

  /** A copy to change; the receipt read stays as it was. */
  public Receipt copy() {
    return new Receipt(item.copy());
  }

  public String sha256() {
    return item.string(SHA256);
  }

  public String status() {
    return item.string(STATUS);
  }

  /** The end of the processing lease in epoch seconds; 0 when there is none. */
  public long leaseUntil() {
    return item.number(LEASE_UNTIL, 0);
  }

  /** The report's summary as JSON (a receipt written before holds the whole report). */
  public String reportSummary() {
    return item.string(REPORT_SUMMARY);
  }

  public OptionalLong rtcSequence() {
    String value = item.string(RTC_SEQUENCE);
    return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
  }

  public long version() {
    return item.number(VERSION, 0);
  }

  public Receipt sha256(String sha256) {
    item.put(SHA256, sha256);
    return this;
  }

  public Receipt status(String status) {
    item.put(STATUS, status);
    return this;
  }

  public Receipt leaseUntil(long epochSecond) {
    item.put(LEASE_UNTIL, epochSecond);
    return this;
  }

  public Receipt noLease() {
    item.remove(LEASE_UNTIL);
    return this;
  }

  public Receipt report(String summaryJson, String reportKey) {
    item.put(REPORT_SUMMARY, summaryJson).put(REPORT_KEY, reportKey);
    return this;
  }

  public Receipt rtcSequence(long sequence) {
    item.put(RTC_SEQUENCE, Long.toString(sequence));
    return this;
  }

  /**
   * A copy holding the RTC sequence, at the next version: what {@link Sequences#nextInto} writes in
   * one transaction with the sequence, conditional on this receipt's version.
   */
  public Receipt nextWithRtcSequence(long sequence) {
    return copy().rtcSequence(sequence).version(version() + 1);
  }

  public Receipt noRtcSequence() {
    item.remove(RTC_SEQUENCE);
    return this;
  }

  Receipt version(long version) {
    item.put(VERSION, version);
    return this;
  }

  Item item() {
    return item;
  }

  /** Renames the older names of a receipt to the present ones; other items are untouched. */
  static Map<String, AttributeValue> upgrade(Map<String, AttributeValue> stored) {
    if (!stored.containsKey("sha")) {
      return stored;
    }
    Map<String, AttributeValue> upgraded = new HashMap<>(stored);
    LEGACY.forEach(
        (old, present) -> {
          AttributeValue value = upgraded.remove(old);
          if (value != null) {
            upgraded.putIfAbsent(present, value);
          }
        });
    return upgraded;
  }
}
