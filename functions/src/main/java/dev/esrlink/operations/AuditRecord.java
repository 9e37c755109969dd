package dev.esrlink.operations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One operator action as kept in {@code audit/YYYY/MM/DD/<HHmmssSSS>-<action>-<id>.json} of the
 * operations bucket: who asked, what, when (UTC, the hub's clock), why, and the outcome. It names
 * files, Local Offices and functions, never personal data.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "when", "who", "what", "why", "outcome", "detail", "redriven"})
public class AuditRecord {
  public String id;
  public String when;
  public String who;
  public What what = new What();
  public String why;

  /** {@code DONE}, {@code REFUSED} or {@code FAILED}. */
  public String outcome;

  /** The refusal or failure reason, or a summary of what was done. */
  public String detail;

  /** For a re-drive: each dead letter and what became of it. */
  public List<Redelivery> redriven = new ArrayList<>();

  /** The action and what it was about. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"action", "file", "lo"})
  public static class What {
    public String action;
    public String file;
    public String lo;
  }
}
