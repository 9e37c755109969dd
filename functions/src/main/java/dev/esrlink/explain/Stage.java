package dev.esrlink.explain;

/** Where a placement stands on its way to ESR, as the hub decides it today. */
public enum Stage {
  WAITING_FOR_MATCH("waiting for a match"),
  WAITING_FOR_TRAINEE("waiting for the trainee"),
  BEFORE_WINDOW("before the window"),
  DUE("due"),
  HELD_BY_CAP("held by the cap"),
  SENT("sent"),
  CONFIRMED("confirmed"),
  FAILED_AT_LOAD("failed at load"),
  NOT_TO_SEND("not to be sent");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /** The words a person reads on the page. */
  public String label() {
    return label;
  }
}
