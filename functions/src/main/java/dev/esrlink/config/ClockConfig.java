package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The functions' clock: the system clock, or a fixed instant (ESRLINK_CLOCK_FIXED, ISO-8601). */
@ConfigMapping(prefix = "esrlink.clock")
public interface ClockConfig {
  /** An ISO-8601 instant with Z or an offset, e.g. {@code 2026-03-02T14:00:00Z}. */
  Optional<String> fixed();
}
