package dev.esrlink.store;

import dev.esrlink.config.HubClock;
import dev.esrlink.config.RulesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * When an item holding personal data leaves the table (docs/security.md): {@code expiresAt}, in
 * epoch seconds for DynamoDB's time to live, is the write time plus {@code
 * esrlink.rules.personal-data-days} (default 400); for a placement, the later of the write time and
 * the placement's end date, plus those days. Items of people (PER#), trainees (TRN#), placements
 * (PLC#), applicants (APP#), notifications (NOT#) and their references (REF#) and load results
 * (LR#) get it; positions, posts, receipts, sequences, snapshots and export runs hold no personal
 * data and stay. {@link ChangeWriter} rewrites an unchanged item once half its period has passed,
 * so a record the files keep carrying never expires while they do.
 */
@ApplicationScoped
public class Retention {

  /** The table's time-to-live attribute (Topology.TABLE). */
  public static final String EXPIRES_AT = "expiresAt";

  /** Partition key prefixes of the items that hold personal data. */
  static final List<String> PERSONAL =
      List.of(
          PersonParts.PREFIX, Trainees.PREFIX, Placements.PREFIX, "APP#", "NOT#", "REF#", "LR#");

  private static final long DAY_SECONDS = 86_400;

  private final HubClock clock;
  private final int days;

  @Inject
  public Retention(HubClock clock, RulesConfig rules) {
    this.clock = clock;
    this.days = rules.personalDataDays();
    if (days < 1) {
      throw new IllegalArgumentException(
          "esrlink.rules.personal-data-days must be at least 1: " + days);
    }
  }

  /** Whether items under this partition key hold personal data. */
  public static boolean personal(String pk) {
    return pk != null && PERSONAL.stream().anyMatch(pk::startsWith);
  }

  /** Sets {@code expiresAt} on an item that holds personal data; returns the item. */
  public Item stamp(Item item) {
    if (personal(item.pk())) {
      item.put(EXPIRES_AT, expiresAt(item));
    }
    return item;
  }

  /** The epoch second at which {@code item} expires if written now. */
  public long expiresAt(Item item) {
    long from = clock.now().getEpochSecond();
    if (Placements.isPlacement(item)) {
      from = Math.max(from, endOf(RecordItem.field(item, Placements.END_DATE)));
    }
    return from + days * DAY_SECONDS;
  }

  /**
   * Whether a stored item's period is more than half gone, so that rewriting it unchanged renews
   * it.
   */
  boolean due(Item stored, Item candidate) {
    if (!personal(candidate.pk())) {
      return false;
    }
    return stored.number(EXPIRES_AT, 0) < candidate.number(EXPIRES_AT, 0) - days * DAY_SECONDS / 2;
  }

  private static long endOf(String date) {
    if (date == null) {
      return 0;
    }
    try {
      Instant end = LocalDate.parse(date).plusDays(1).atStartOfDay(HubClock.LONDON).toInstant();
      return end.getEpochSecond();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }
}
