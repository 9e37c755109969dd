package dev.esrlink.explain;

import dev.esrlink.topology.Topology;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a daily job next runs, at its default time of the topology (Europe/London): the run on
 * {@code day}, or the first one after now when that has passed.
 */
public final class NextRuns {
  private NextRuns() {}

  public static ZonedDateTime next(String job, ZonedDateTime now, LocalDate earliestDay) {
    LocalTime at = Topology.DAILY_JOBS.get(job);
    LocalDate day = earliestDay.isAfter(now.toLocalDate()) ? earliestDay : now.toLocalDate();
    ZonedDateTime run = ZonedDateTime.of(day, at, now.getZone());
    return run.isAfter(now) ? run : run.plusDays(1);
  }
}
