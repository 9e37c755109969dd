package dev.esrlink.function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of a schedule or a direct invoke: {@code {"job":"APP","lo":"EOE"}}; jobs APP, DNC,
 * DNF (exportToEsr) and LETB (exportToLetb).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class JobEvent {
  public String job;
  public String lo;
}
