package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Part / Full Records mode per Local Office (spec section 1); Part unless listed here. */
@ConfigMapping(prefix = "esrlink.mode")
public interface ModeConfig {
  /** Local Offices in Full Records mode, e.g. ESRLINK_MODE_FULL_RECORDS=EOE,LDN. */
  Optional<List<String>> fullRecords();

  default boolean isFullRecords(String localOffice) {
    return fullRecords().orElse(List.of()).stream()
        .map(lo -> lo.trim().toUpperCase(Locale.ROOT))
        .anyMatch(localOffice::equals);
  }
}
