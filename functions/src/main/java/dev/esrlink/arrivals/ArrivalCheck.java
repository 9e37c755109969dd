package dev.esrlink.arrivals;

import dev.esrlink.config.HubClock;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileType;
import dev.esrlink.ingest.ReportReader;
import dev.esrlink.log.LogEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The ARRIVALS job: on a working day (Monday to Friday; bank holidays are not known to it), whether
 * a file of each expected type named for today has been received for a Local Office. A file counts
 * once the hub has its report (whatever its outcome: a quarantine has its own alarm), so the check
 * costs one listing of the operations bucket per type. Each missing type is logged as {@code
 * {"event":"arrival.missing","lo":"EOE","type":"RMC"}}, which the MissingInboundFiles alarm counts.
 */
@ApplicationScoped
public class ArrivalCheck {
  private static final Logger LOG = Logger.getLogger(ArrivalCheck.class);

  private final ArrivalsConfig config;
  private final ReportReader reports;
  private final HubClock clock;

  @Inject
  public ArrivalCheck(ArrivalsConfig config, ReportReader reports, HubClock clock) {
    this.config = config;
    this.reports = reports;
    this.clock = clock;
  }

  /**
   * The expected types with no file named for today (empty on a weekend or with no expectation).
   */
  public List<String> missing(String localOffice) {
    String lo = localOffice.toUpperCase(Locale.ROOT);
    LocalDate today = clock.today();
    List<String> missing = new ArrayList<>();
    if (today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return missing;
    }
    for (String type : config.expected(lo)) {
      String name = new FileName(lo, inboundType(type), today, 0).render();
      String prefix = name.substring(0, name.lastIndexOf('_') + 1);
      if (reports.namesStartingWith(prefix).isEmpty()) {
        missing.add(type);
        LogEvent.of("arrival.missing").with("lo", lo).with("type", type).info(LOG);
      }
    }
    LogEvent.of("arrival.checked")
        .with("lo", lo)
        .with("date", today)
        .with("missing", missing.size())
        .info(LOG);
    return missing;
  }

  private static FileType inboundType(String type) {
    for (FileType t : FileType.values()) {
      if (t.name().equals(type) && t.inbound()) {
        return t;
      }
    }
    throw new EsrLinkException(
        "esrlink.arrivals: " + type + " is not an inbound file type (RMF, RMC, APC, DCC, ...)");
  }
}
