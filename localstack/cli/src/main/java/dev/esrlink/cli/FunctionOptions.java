package dev.esrlink.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** {@code --clock} and {@code --mode}: what the functions see during this call. */
final class FunctionOptions {

  static final String CLOCK_VARIABLE = "ESRLINK_CLOCK_FIXED";
  static final String FULL_RECORDS_VARIABLE = "ESRLINK_MODE_FULL_RECORDS";

  @Option(
      names = "--clock",
      paramLabel = "INSTANT",
      description = "The functions' clock, ISO-8601 with Z or an offset (default: now).")
  String clock;

  @Option(
      names = "--mode",
      paramLabel = "LO=FULL|PART",
      description = "Records mode of a Local Office for this call (repeatable; default PART).")
  List<String> modes = new ArrayList<>();

  /** The instant given, or empty for the real clock. */
  Optional<Instant> instant() {
    if (clock == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(clock.trim()).toInstant());
    } catch (DateTimeException e) {
      throw new UsageError(
          "--clock "
              + clock
              + " is not an ISO-8601 instant with Z or an offset, e.g. 2025-03-03T09:00:00Z");
    }
  }

  /** The instant given, else now. */
  Instant now() {
    return instant().orElseGet(Instant::now);
  }

  /** Local Offices in Full Records mode, sorted. */
  List<String> fullRecordOffices() {
    Map<String, String> byOffice = new LinkedHashMap<>();
    for (String mode : modes) {
      String[] parts = mode.split("=", 2);
      String lo = LocalOffices.check(parts[0]);
      String value = parts.length == 2 ? parts[1].trim().toUpperCase(Locale.ROOT) : "";
      if (!value.equals("FULL") && !value.equals("PART")) {
        throw new UsageError("--mode " + mode + ": expected LO=FULL or LO=PART, e.g. EOE=FULL");
      }
      byOffice.put(lo, value);
    }
    TreeSet<String> full = new TreeSet<>();
    byOffice.forEach(
        (lo, value) -> {
          if (value.equals("FULL")) {
            full.add(lo);
          }
        });
    return List.copyOf(full);
  }

  /** The variables that carry clock and modes to the functions. */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    instant().ifPresent(i -> env.put(CLOCK_VARIABLE, i.toString()));
    List<String> full = fullRecordOffices();
    if (!full.isEmpty()) {
      env.put(FULL_RECORDS_VARIABLE, String.join(",", full));
    }
    return env;
  }
}
