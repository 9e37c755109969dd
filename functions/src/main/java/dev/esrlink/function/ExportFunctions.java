package dev.esrlink.function;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.core.LocalOffice;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.export.LetbExportService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The scheduled export functions: a job payload in, the files written out. */
public class ExportFunctions {
  @Inject EsrExportService esr;
  @Inject LetbExportService letb;

  @Funq("exportToEsr")
  public ExportResult exportToEsr(JobEvent event) {
    String lo = localOffice(event);
    String job = job(event);
    if (!esr.runs(job)) {
      throw new EsrLinkException("exportToEsr runs " + esr.jobs() + ", not " + event.job);
    }
    Optional<String> file = esr.run(job, lo);
    return ExportResult.of(event, file.stream().toList());
  }

  @Funq("exportToLetb")
  public ExportResult exportToLetb(JobEvent event) {
    if (!"LETB".equals(job(event))) {
      throw new EsrLinkException("exportToLetb runs the LETB job, not " + event.job);
    }
    return ExportResult.of(event, List.copyOf(letb.export(localOffice(event))));
  }

  private static String job(JobEvent event) {
    if (event == null || event.job == null) {
      throw new EsrLinkException("the event names no job");
    }
    return event.job.toUpperCase(Locale.ROOT);
  }

  private static String localOffice(JobEvent event) {
    if (event.lo == null || !LocalOffice.isKnown(event.lo)) {
      throw new EsrLinkException("the event names no known Local Office: " + event.lo);
    }
    return event.lo.toUpperCase(Locale.ROOT);
  }
}
