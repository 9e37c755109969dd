package dev.esrlink.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.esrlink.file.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * The file report of spec section 6, one per inbound file name. Its size does not grow with the
 * file: {@code rejections} lists the first {@value #REJECTIONS_LISTED} rejected records, {@code
 * rejectionsByRule} counts every one by rule (record type, field, reason), at most {@value
 * #RULES_COUNTED} rules, any further rule counted under {@link #OTHER_RULES}.
 */
@JsonPropertyOrder({
  "file",
  "status",
  "reason",
  "quarantineRule",
  "released",
  "reprocessed",
  "encoding",
  "read",
  "applied",
  "rejected",
  "rejections",
  "rejectionsByRule",
  "warnings",
  "deliveries",
  "conflicts",
  "previous"
})
public class FileReport {
  public static final int REJECTIONS_LISTED = 1_000;
  public static final int RULES_COUNTED = 200;
  public static final String OTHER_RULES = "(other rules)";

  public String file;
  public String status;
  public String reason;

  /** {@code MASS_DELETION} when rule 7 quarantined the file (an operator may release it). */
  public String quarantineRule;

  /** When and why an operator released this object from a mass-deletion quarantine. */
  public OperatorNote released;

  /** When and why an operator had this object processed again, oldest first. */
  public List<OperatorNote> reprocessed = new ArrayList<>();

  public String encoding = "UTF-8";
  public long read;
  public long applied;
  public long rejected;
  public List<RejectionEntry> rejections = new ArrayList<>();
  public List<RuleCount> rejectionsByRule = new ArrayList<>();
  public List<String> warnings = new ArrayList<>();
  public long deliveries = 1;
  public List<Conflict> conflicts = new ArrayList<>();
  public List<Outcome> previous = new ArrayList<>();

  /** One rejected record: line, record type, field, rule. */
  @JsonPropertyOrder({"line", "recordType", "field", "reason"})
  public static class RejectionEntry {
    public long line;
    public String recordType;
    public String field;
    public String reason;

    public static RejectionEntry of(Rejection r) {
      RejectionEntry entry = new RejectionEntry();
      entry.line = r.line();
      entry.recordType = r.recordType();
      entry.field = r.field();
      entry.reason = r.reason();
      return entry;
    }
  }

  /** How many records were rejected for one rule, and the line of the first. */
  @JsonPropertyOrder({"recordType", "field", "reason", "count", "firstLine"})
  public static class RuleCount {
    public String recordType;
    public String field;
    public String reason;
    public long count;
    public long firstLine;

    boolean is(String recordType, String field, String reason) {
      return java.util.Objects.equals(this.recordType, recordType)
          && java.util.Objects.equals(this.field, field)
          && java.util.Objects.equals(this.reason, reason);
    }
  }

  /** A different object delivered under a name already applied. */
  @JsonPropertyOrder({"sha256", "reason"})
  public static class Conflict {
    public String sha256;
    public String reason;
  }

  /** An earlier outcome of this name (a quarantined object replaced by a corrected one). */
  @JsonPropertyOrder({"sha256", "status", "reason", "read", "applied", "rejected"})
  public static class Outcome {
    public String sha256;
    public String status;
    public String reason;
    public long read;
    public long applied;
    public long rejected;
  }

  /** An operator's action on this object: when (UTC) and why; who is in the audit record. */
  @JsonPropertyOrder({"at", "reason"})
  public static class OperatorNote {
    public String at;
    public String reason;

    public static OperatorNote of(String at, String reason) {
      OperatorNote note = new OperatorNote();
      note.at = at;
      note.reason = reason;
      return note;
    }
  }

  public void reject(Rejection rejection) {
    read++;
    rejected++;
    if (rejections.size() < REJECTIONS_LISTED) {
      rejections.add(RejectionEntry.of(rejection));
    }
    count(rejection);
  }

  private void count(Rejection r) {
    if (!counted(r.recordType(), r.field(), r.reason())) {
      if (rejectionsByRule.size() < RULES_COUNTED) {
        addRule(r.recordType(), r.field(), r.reason(), r.line());
      } else if (!counted("", "", OTHER_RULES)) {
        addRule("", "", OTHER_RULES, r.line());
      }
    }
  }

  private boolean counted(String recordType, String field, String reason) {
    for (int i = rejectionsByRule.size() - 1; i >= 0; i--) {
      RuleCount rule = rejectionsByRule.get(i);
      if (rule.is(recordType, field, reason)) {
        rule.count++;
        return true;
      }
    }
    return false;
  }

  private void addRule(String recordType, String field, String reason, long line) {
    RuleCount rule = new RuleCount();
    rule.recordType = recordType;
    rule.field = field;
    rule.reason = reason;
    rule.count = 1;
    rule.firstLine = line;
    rejectionsByRule.add(rule);
  }

  /**
   * This report without its list of rejected records, as the receipt item holds it: the counts, the
   * rules and the rest stay; the list is in the report object only.
   */
  public FileReport summary() {
    FileReport summary = Json.read(Json.write(this));
    summary.rejections = new ArrayList<>();
    return summary;
  }

  public void apply() {
    read++;
    applied++;
  }

  /** Whole-file quarantine: nothing read, applied or rejected. */
  public void quarantine(String why) {
    status = "QUARANTINED";
    reason = why;
    quarantineRule = null;
    read = 0;
    applied = 0;
    rejected = 0;
    rejections.clear();
    rejectionsByRule.clear();
  }
}
