package dev.esrlink.ingest;

import dev.esrlink.file.DataRecord;
import dev.esrlink.file.ReadOutcome;
import dev.esrlink.file.RecordStream;
import dev.esrlink.file.Rejection;
import dev.esrlink.log.LogEvent;
import dev.esrlink.store.LoadResults;
import dev.esrlink.store.LoadResults.LoadResult;
import dev.esrlink.store.References;
import dev.esrlink.store.References.Reference;
import dev.esrlink.tpn.Tpn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * APC and DCC: each confirmation is matched to the applicant or notification the hub sent under its
 * reference, stored as a load result for LOADRESULTS, and sets the status of what was sent.
 */
@ApplicationScoped
public class ConfirmationApplier {
  private static final Logger LOG = Logger.getLogger(ConfirmationApplier.class);

  private final References references;
  private final LoadResults loadResults;

  @Inject
  public ConfirmationApplier(References references, LoadResults loadResults) {
    this.references = references;
    this.loadResults = loadResults;
  }

  public void apply(RecordStream records, ApplyContext context) {
    List<ReadOutcome> chunk = new ArrayList<>();
    while (records.hasNext()) {
      chunk.add(records.next());
      if (chunk.size() == 100) {
        applyChunk(chunk, context);
        chunk.clear();
      }
    }
    applyChunk(chunk, context);
  }

  private void applyChunk(List<ReadOutcome> chunk, ApplyContext context) {
    List<String> refs = new ArrayList<>();
    for (ReadOutcome outcome : chunk) {
      if (outcome instanceof DataRecord record) {
        refs.add(record.key());
      }
    }
    Map<String, Reference> sent = references.find(refs);
    List<LoadResult> results = new ArrayList<>();
    List<Reference> confirmed = new ArrayList<>();
    for (ReadOutcome outcome : chunk) {
      if (outcome instanceof Rejection rejection) {
        context.report().reject(rejection);
        continue;
      }
      DataRecord record = (DataRecord) outcome;
      Reference reference = sent.get(record.key());
      String refField = record.recordType().equals("APC") ? "applicantRef" : "notificationRef";
      if (reference == null) {
        context
            .report()
            .reject(
                new Rejection(
                    record.line(),
                    record.recordType(),
                    refField,
                    "reference was never sent by the hub",
                    record.key()));
        continue;
      }
      results.add(loadResult(record, reference, context));
      confirmed.add(reference);
      context.report().apply();
    }
    loadResults.putAll(results);
    long failed = results.stream().filter(r -> "FAILED".equals(r.status())).count();
    if (failed > 0) {
      // counted by the FailedLoads metric filter and alarm (docs/deploy.md); no personal data
      LogEvent.of("load.failed").with("file", context.fileName()).with("records", failed).warn(LOG);
    }
    for (int i = 0; i < results.size(); i++) {
      references.setLoadStatus(confirmed.get(i), results.get(i).status());
    }
  }

  private static LoadResult loadResult(
      DataRecord record, Reference reference, ApplyContext context) {
    return new LoadResult(
        context.localOffice(),
        context.fileName(),
        record.line(),
        reference.placementId(),
        record.value("tpn").map(Tpn::of).orElse(reference.tpn()),
        record.key(),
        record.recordType().equals("APC") ? "APP" : "NOT",
        record.get("status"),
        record.get("message"),
        reference.sentPk(),
        reference.sentSk());
  }
}
