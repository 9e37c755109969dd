package dev.esrlink.topology;

import java.time.LocalTime;

/**
 * A daily EventBridge Scheduler schedule for one Local Office, at a wall-clock time in {@link
 * Topology#SCHEDULE_ZONE}, sending {@code {"job": job, "lo": lo}} to {@code function}.
 */
public record Schedule(String job, String localOffice, LocalTime at, LambdaFunction function) {

  /** A stable name, e.g. {@code esrlink-APP-EOE}. */
  public String name() {
    return "esrlink-" + job + "-" + localOffice;
  }

  /** The EventBridge Scheduler expression: {@code cron(0 14 * * ? *)}. */
  public String cronExpression() {
    return "cron(" + at.getMinute() + " " + at.getHour() + " * * ? *)";
  }

  /** The event the schedule delivers, exactly as the function receives it. */
  public String payloadJson() {
    return "{\"job\":\"" + job + "\",\"lo\":\"" + localOffice + "\"}";
  }
}
