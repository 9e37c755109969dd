package dev.esrlink.function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of the status function. The schedule sends {@code {"job":"STATUS","lo":"EOE"}} (that
 * office's page and the index; every office when {@code lo} is absent) and {@code
 * {"job":"ARRIVALS","lo":"EOE"}} (the expected inbound files of today, checked); an operator's
 * direct invoke names one of {@code placement}, {@code trainee}, {@code tpn} or {@code file} to
 * have it explained.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class StatusRequest {
  public String job;
  public String lo;
  public String placement;
  public String trainee;
  public String tpn;
  public String file;
}
