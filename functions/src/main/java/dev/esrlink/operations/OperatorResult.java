package dev.esrlink.operations;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.esrlink.ingest.FileReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of the {@code operate} function: the outcome ({@code DONE}, {@code REFUSED} with the
 * reason in {@code message}, or {@code FAILED}), what the action produced, and the key of its audit
 * record.
 */
@JsonPropertyOrder({"action", "outcome", "message", "report", "files", "redriven", "audit"})
public class OperatorResult {
  public static final String DONE = "DONE";
  public static final String REFUSED = "REFUSED";
  public static final String FAILED = "FAILED";

  public String action;
  public String outcome;
  public String message;

  /** The file report after a release or reprocess. */
  public FileReport report;

  /** The keys a DNF wrote to the ESR outbound bucket. */
  public List<String> files = new ArrayList<>();

  /** One entry per dead letter a re-drive handled, in the order handled. */
  public List<Redelivery> redriven = new ArrayList<>();

  /** The key of the audit record in the operations bucket. */
  public String audit;

  static OperatorResult of(String action, String outcome, String message) {
    OperatorResult result = new OperatorResult();
    result.action = action;
    result.outcome = outcome;
    result.message = message;
    return result;
  }
}
