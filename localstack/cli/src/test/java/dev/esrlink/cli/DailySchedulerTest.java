package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySchedulerTest {

  @Test
  void firesAtLondonWallClockTimeInSummerAndWinter() {
    List<Schedule> eoe =
        Topology.schedules().stream().filter(s -> s.localOffice().equals("EOE")).toList();
    DailyScheduler summer = new DailyScheduler(eoe, Instant.parse("2025-07-01T12:59:00Z"));
    assertThat(summer.due(Instant.parse("2025-07-01T13:00:00Z")))
        .extracting(Schedule::job)
        .containsExactly("APP");
    assertThat(summer.due(Instant.parse("2025-07-01T13:30:00Z"))).isEmpty();

    DailyScheduler winter = new DailyScheduler(eoe, Instant.parse("2025-01-15T13:59:59Z"));
    assertThat(winter.due(Instant.parse("2025-01-15T16:00:00Z")))
        .extracting(Schedule::job)
        .containsExactly("APP", "DNC", "LETB");
    assertThat(winter.next(Instant.parse("2025-01-15T16:00:00Z")))
        .isEqualTo(Instant.parse("2025-01-15T16:30:00Z"));
    assertThat(winter.due(Instant.parse("2025-01-15T16:30:00Z")))
        .extracting(Schedule::job)
        .containsExactly("STATUS");
    assertThat(winter.next(Instant.parse("2025-01-15T16:30:00Z")))
        .isEqualTo(Instant.parse("2025-01-16T10:00:00Z"));
  }
}
