package dev.esrlink.export;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.FileType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exports to ESR of one Local Office: every DAT {@link OutboundExport}, each run by the job of
 * its file type's name (APP and DNC on their daily schedules, DNF on request).
 */
@ApplicationScoped
public class EsrExportService {
  private final ExportLifecycle lifecycle;
  private final Map<String, OutboundExport> byJob = new TreeMap<>();

  @Inject
  public EsrExportService(ExportLifecycle lifecycle, Instance<OutboundExport> exports) {
    this.lifecycle = lifecycle;
    for (OutboundExport export : exports) {
      if (export.type().format() == FileType.Format.DAT) {
        byJob.put(export.type().name(), export);
      }
    }
  }

  /** Whether {@code job} names an export to ESR. */
  public boolean runs(String job) {
    return byJob.containsKey(job);
  }

  /** The jobs of the exports to ESR, by name. */
  public String jobs() {
    return String.join(", ", byJob.keySet());
  }

  /** Runs the export named by {@code job}; returns the key of the file written, if one was. */
  public Optional<String> run(String job, String lo) {
    OutboundExport export = byJob.get(job);
    if (export == null) {
      throw new EsrLinkException("no export to ESR is named " + job + "; there are " + jobs());
    }
    return lifecycle.run(export, lo);
  }

  /** Writes today's APP file, if any applicant is due; returns its key. */
  public Optional<String> applicants(String lo) {
    return run(FileType.APP.name(), lo);
  }

  /** Raises what today's state calls for, then writes every pending notification in a DNC. */
  public Optional<String> notifications(String lo) {
    return run(FileType.DNC.name(), lo);
  }

  /** DNF on request: one type 1 per live matched position, as of today. */
  public Optional<String> snapshot(String lo) {
    return run(FileType.DNF.name(), lo);
  }
}
