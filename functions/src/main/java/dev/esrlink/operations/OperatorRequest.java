package dev.esrlink.operations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an operator asks of the {@code operate} function: {@code {"action":
 * "release|redrive|reprocess|dnf", "operator": who, "reason": why, "file": name, "lo": office}}.
 * {@code file} names the inbound file of a release or reprocess, {@code lo} the Local Office of a
 * DNF; a re-drive needs neither.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class OperatorRequest {
  public String action;
  public String operator;
  public String reason;
  public String file;
  public String lo;
}
