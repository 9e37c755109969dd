package dev.esrlink.cli;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The scheduled jobs ({@code APP}, {@code DNC}, {@code LETB}) and {@code DNF} on request. */
final class Jobs {

  static final String ON_REQUEST_JOB = "DNF";

  private Jobs() {}

  /** The jobs named (checked, in the order given), or the daily ones in their daily order. */
  static List<String> selected(List<String> named) {
    if (named == null || named.isEmpty()) {
      return List.copyOf(Topology.DAILY_JOBS.keySet());
    }
    Set<String> jobs = new LinkedHashSet<>();
    for (String name : named) {
      String job = name.trim().toUpperCase(Locale.ROOT);
      if (!Topology.JOB_FUNCTION.containsKey(job)) {
        throw new UsageError(
            "unknown job " + name + ": use APP, DNC, LETB (daily) or DNF (on request)");
      }
      jobs.add(job);
    }
    return List.copyOf(jobs);
  }

  /** One event per job and Local Office, job by job, in the shape the schedules deliver. */
  static List<Schedule> events(List<String> jobs, List<String> offices) {
    List<Schedule> events = new ArrayList<>();
    for (String job : jobs) {
      LambdaFunction function = Topology.JOB_FUNCTION.get(job);
      for (String lo : offices) {
        events.add(new Schedule(job, lo, Topology.DAILY_JOBS.get(job), function));
      }
    }
    return events;
  }
}
