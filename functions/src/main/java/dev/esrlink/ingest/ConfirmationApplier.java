package dev.esrlink.ingest;

import dev.esrlink.file.DataRecord;
import dev.esrlink.file.ReadOutcome;
import dev.esrlink.file.RecordStream;
import dev.esrlink.file.Rejection;
import dev.esrlink.log.LogEvent;
import dev.esrlink.store.Item;
import dev.esrlink.store.TableStore;
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

  private final TableStore store;

  @Inject
  public ConfirmationApplier(TableStore store) {
    this.store = store;
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
    List<Item> refKeys = new ArrayList<>();
    for (ReadOutcome outcome : chunk) {
      if (outcome instanceof DataRecord record) {
        refKeys.add(Item.keyed(refKey(record), "REF"));
      }
    }
    Map<String, Item> sent = store.batchGet(refKeys);
    List<Item> results = new ArrayList<>();
    for (ReadOutcome outcome : chunk) {
      if (outcome instanceof Rejection rejection) {
        context.report().reject(rejection);
        continue;
      }
      DataRecord record = (DataRecord) outcome;
      Item reference = sent.get(refKey(record) + "|REF");
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
      context.report().apply();
    }
    store.batchPut(results);
    long failed = results.stream().filter(r -> "FAILED".equals(r.string("status"))).count();
    if (failed > 0) {
      // counted by the FailedLoads metric filter and alarm (docs/deploy.md); no personal data
      LogEvent.of("load.failed").with("file", context.fileName()).with("records", failed).warn(LOG);
    }
    for (Item result : results) {
      store.setStatus(result.string("sentPk"), result.string("sentSk"), result.string("status"));
    }
  }

  private static String refKey(DataRecord record) {
    return "REF#" + record.key();
  }

  private static Item loadResult(DataRecord record, Item reference, ApplyContext context) {
    String lo = context.localOffice();
    String line = String.format("%010d", record.line());
    return Item.keyed("LR#" + lo, context.fileName() + "#" + line)
        .put("LOPK", lo + "#LR")
        .put("LOSK", context.fileName() + "#" + line)
        .put("pending", true)
        .put("placementId", reference.string("placementId"))
        .put("tpn", record.value("tpn").orElse(reference.string("tpn")))
        .put("ref", record.key())
        .put("kind", record.recordType().equals("APC") ? "APP" : "NOT")
        .put("status", record.get("status"))
        .put("message", record.get("message"))
        .put("sourceFile", context.fileName())
        .put("sentPk", reference.string("sentPk"))
        .put("sentSk", reference.string("sentSk"));
  }
}
