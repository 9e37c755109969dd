package dev.esrlink.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The clock every rule reads: Europe/London, the system clock unless ESRLINK_CLOCK_FIXED names an
 * instant. Rule tests move it with {@link #set(Clock)} to play several days in one run.
 */
@ApplicationScoped
public class HubClock {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private volatile Clock clock;

  @Inject
  public HubClock(ClockConfig config) {
    this.clock =
        config
            .fixed()
            .map(text -> Clock.fixed(OffsetDateTime.parse(text).toInstant(), LONDON))
            .orElse(Clock.system(LONDON));
  }

  public void set(Clock newClock) {
    this.clock = newClock.withZone(LONDON);
  }

  public Instant now() {
    return clock.instant();
  }

  /** "Today" of the rules: the clock's date in Europe/London. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public ZonedDateTime londonNow() {
    return ZonedDateTime.now(clock);
  }
}
