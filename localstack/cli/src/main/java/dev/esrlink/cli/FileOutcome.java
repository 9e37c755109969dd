package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** What a function reported for one inbound file, as shown to the user. */
record FileOutcome(String file, String status, JsonNode report, JsonNode conflict) {
  private static final String CONFLICT = "CONFLICT";

  static FileOutcome of(String file, JsonNode report) {
    return of(file, report, null);
  }

  /**
   * The outcome of the object with this SHA-256 (null when unknown): when the report lists it among
   * its conflicts, the object was not applied (the name's applied object stands) and the line says
   * {@code CONFLICT} with the conflict's reason.
   */
  static FileOutcome of(String file, JsonNode report, String sha256) {
    JsonNode conflict = sha256 == null || report == null ? null : conflict(report, sha256);
    if (conflict != null) {
      return new FileOutcome(file, CONFLICT, report, conflict);
    }
    String status =
        report != null && report.hasNonNull("status") ? report.get("status").asText() : "HANDLED";
    return new FileOutcome(file, status, report, null);
  }

  private static JsonNode conflict(JsonNode report, String sha256) {
    JsonNode conflicts = report.get("conflicts");
    if (conflicts == null || !conflicts.isArray()) {
      return null;
    }
    JsonNode found = null;
    for (JsonNode c : conflicts) {
      if (sha256.equals(c.path("sha256").asText())) {
        found = c;
      }
    }
    return found;
  }

  static FileOutcome unrouted(String file, String bucket) {
    return new FileOutcome(file, "STORED (no function is wired to " + bucket + ")", null, null);
  }

  /** e.g. {@code DE_EOE_RMF_20250301_00000001.DAT APPLIED read 120, applied 118, rejected 2}. */
  String summary() {
    StringBuilder line = new StringBuilder(file).append("  ").append(status);
    if (report == null || !report.isObject()) {
      return line.toString();
    }
    if (conflict != null) {
      return line.append("  reason: ").append(conflict.path("reason").asText()).toString();
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
