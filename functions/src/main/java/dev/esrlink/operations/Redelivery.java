package dev.esrlink.operations;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What became of one dead letter in a re-drive: {@code DONE} (delivered and removed from the
 * dead-letter place), {@code FAILED} (kept, with the error) or {@code SKIPPED} (not an event the
 * hub's functions take; kept for a person to read).
 */
@JsonPropertyOrder({"id", "function", "event", "outcome", "detail"})
public class Redelivery {
  public String id;
  public String function;

  /** The event in short: {@code <bucket>/<key>} of an S3 event, {@code <job> <lo>} of a job. */
  public String event;

  public String outcome;
  public String detail;

  static Redelivery of(DeadLetter letter, String event, String outcome, String detail) {
    Redelivery r = new Redelivery();
    r.id = letter.id();
    r.function = letter.function();
    r.event = event;
    r.outcome = outcome;
    r.detail = detail;
    return r;
  }
}
