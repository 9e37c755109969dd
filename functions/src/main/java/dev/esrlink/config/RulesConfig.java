package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configurable rules of spec section 5, with the spec's defaults. */
@ConfigMapping(prefix = "esrlink.rules")
public interface RulesConfig {
  /** The notice window opens this many days after today (rule 2). */
  @WithDefault("2")
  int noticeMinDays();

  /** The notice window closes this many weeks after today (rule 2). */
  @WithDefault("13")
  int noticeMaxWeeks();

  /** ESR rejects a file with more APP records than this for one TPN (rule 5). */
  @WithDefault("40")
  int maxApplicantsPerTpn();

  /** An RMF deleting more than this percentage of live positions is quarantined (rule 7). */
  @WithDefault("20")
  int massDeletionPercent();

  /**
   * The mass-deletion share of single Local Offices, {@code LO=percent} entries, e.g.
   * ESRLINK_RULES_MASS_DELETION_PERCENT_BY_OFFICE=EOE=30,NTH=10; the others use {@link
   * #massDeletionPercent()}.
   */
  Optional<List<String>> massDeletionPercentByOffice();

  /** The mass-deletion share of one Local Office (rule 7). */
  default int massDeletionPercent(String localOffice) {
    for (String entry : massDeletionPercentByOffice().orElse(List.of())) {
      String[] parts = entry.split("=", 2);
      if (parts[0].trim().toUpperCase(Locale.ROOT).equals(localOffice)) {
        try {
          int percent = Integer.parseInt(parts.length == 2 ? parts[1].trim() : "");
          if (percent >= 0 && percent <= 100) {
            return percent;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new IllegalArgumentException(
            "esrlink.rules.mass-deletion-percent-by-office: "
                + entry
                + " is not LO=percent with a percent from 0 to 100");
      }
    }
    return massDeletionPercent();
  }

  /**
   * Days an item holding personal data is kept after its last write (for a placement: after the
   * later of that and its end date), as {@code expiresAt} (docs/security.md).
   */
  @WithDefault("400")
  int personalDataDays();

  /** Longest physical line read, in characters. */
  @WithDefault("65536")
  int maxLineLength();

  /** DynamoDB batch calls of one list in flight at once (1: one after the other). */
  @WithDefault("4")
  int batchParallelism();

  /** Most fields in one record. */
  @WithDefault("200")
  int maxFields();
}
