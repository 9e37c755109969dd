package dev.esrlink.cli;

import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for EventBridge Scheduler: fires each schedule of the topology when its Europe/London
 * wall-clock time passes (so summer time needs nothing).
 */
final class DailyScheduler {

  static final ZoneId ZONE = ZoneId.of(Topology.SCHEDULE_ZONE);

  private final List<Schedule> schedules;
  private Instant lastCheck;

  DailyScheduler(List<Schedule> schedules, Instant start) {
    this.schedules = List.copyOf(schedules);
    this.lastCheck = start;
  }

  /** The schedules whose time fell in (last check, now]. */
  List<Schedule> due(Instant now) {
    List<Schedule> due = new ArrayList<>();
    for (Schedule schedule : schedules) {
      if (firesBetween(schedule, lastCheck, now)) {
        due.add(schedule);
      }
    }
    lastCheck = now;
    return due;
  }

  private static boolean firesBetween(Schedule schedule, Instant after, Instant upTo) {
    LocalDate first = after.atZone(ZONE).toLocalDate();
    LocalDate last = upTo.atZone(ZONE).toLocalDate();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Instant fire = ZonedDateTime.of(day, schedule.at(), ZONE).toInstant();
      if (fire.isAfter(after) && !fire.isAfter(upTo)) {
        return true;
      }
    }
    return false;
  }

  /** When the next schedule fires after {@code now}, for the start-up message. */
  Instant next(Instant now) {
    Instant next = null;
    LocalDate today = now.atZone(ZONE).toLocalDate();
    for (Schedule schedule : schedules) {
      for (LocalDate day : List.of(today, today.plusDays(1))) {
        Instant fire = ZonedDateTime.of(day, schedule.at(), ZONE).toInstant();
        if (fire.isAfter(now) && (next == null || fire.isBefore(next))) {
          next = fire;
        }
      }
    }
    return next;
  }
}
