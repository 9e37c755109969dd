package dev.esrlink.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.esrlink.file.Rejection;
import java.util.ArrayList;
import java.util.List;

/** The file report of spec section 6, one per inbound file name. */
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
  "warnings",
  "deliveries",
  "conflicts",
  "previous"
})
public class FileReport {
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
    rejections.add(RejectionEntry.of(rejection));
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
  }
}
