package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** What a function reported for one inbound file, as shown to the user. */
record FileOutcome(String file, String status, JsonNode report) {

  static FileOutcome of(String file, JsonNode report) {
    String status =
        report != null && report.hasNonNull("status") ? report.get("status").asText() : "HANDLED";
    return new FileOutcome(file, status, report);
  }

  static FileOutcome unrouted(String file, String bucket) {
    return new FileOutcome(file, "STORED (no function is wired to " + bucket + ")", null);
  }

  /** e.g. {@code DE_EOE_RMF_20250301_00000001.DAT APPLIED read 120, applied 118, rejected 2}. */
  String summary() {
    StringBuilder line = new StringBuilder(file).append("  ").append(status);
    if (report == null || !report.isObject()) {
      return line.toString();
    }
    String counts = count("read") + count("applied") + count("rejected") + listCount("warnings");
    if (!counts.isEmpty()) {
      line.append("  ").append(counts, 0, counts.length() - 2);
    }
    if (report.hasNonNull("reason")) {
      line.append("  reason: ").append(report.get("reason").asText());
    }
    return line.toString();
  }

  private String count(String field) {
    return report.has(field) ? field + " " + report.get(field).asText() + ", " : "";
  }

  private String listCount(String field) {
    JsonNode list = report.get(field);
    return list != null && list.isArray() && !list.isEmpty()
        ? field + " " + list.size() + ", "
        : "";
  }
}
