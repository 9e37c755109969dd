package dev.esrlink.arrivals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inbound files each Local Office is expected to receive every working day: {@code
 * esrlink.arrivals.expect} for every office (file types joined by {@code +}, default {@code RMC};
 * empty: no check), and {@code esrlink.arrivals.expect-by-office} entries {@code LO=TYPES} for one
 * office (e.g. ESRLINK_ARRIVALS_EXPECT_BY_OFFICE=EOE=RMC+RMF,NTH=), an empty TYPES meaning no check
 * for that office.
 */
@ConfigMapping(prefix = "esrlink.arrivals")
public interface ArrivalsConfig {

  @WithDefault("RMC")
  String expect();

  Optional<List<String>> expectByOffice();

  /** The file types expected for one Local Office, upper case; empty: no check. */
  default List<String> expected(String localOffice) {
    String types = expect();
    for (String entry : expectByOffice().orElse(List.of())) {
      String[] parts = entry.split("=", 2);
      if (parts[0].trim().toUpperCase(Locale.ROOT).equals(localOffice)) {
        types = parts.length == 2 ? parts[1] : "";
      }
    }
    return Arrays.stream(types.split("\\+"))
        .map(t -> t.trim().toUpperCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .distinct()
        .toList();
  }
}
