package dev.esrlink.ingest;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.store.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the file report to the operations bucket ({@link ReportReader#key}), where it is kept
 * whole; the receipt item holds its summary only. A report rebuilt from a receipt (a repeat or a
 * conflict changes the deliveries or conflicts) keeps the list of rejected records the object
 * already holds for the same outcome.
 */
@ApplicationScoped
public class ReportStore {
  private final ObjectStore objects;
  private final BucketsConfig buckets;
  private final ReportReader reader;

  @Inject
  public ReportStore(ObjectStore objects, BucketsConfig buckets, ReportReader reader) {
    this.objects = objects;
    this.buckets = buckets;
    this.reader = reader;
  }

  public void write(FileReport report) {
    if (report.rejections.isEmpty() && report.rejected > 0) {
      reader
          .read(report.file)
          .filter(
              kept ->
                  kept.read == report.read
                      && kept.rejected == report.rejected
                      && java.util.Objects.equals(kept.status, report.status))
          .ifPresent(kept -> report.rejections = kept.rejections);
    }
    objects.putText(
        buckets.operations(),
        ReportReader.key(report.file),
        Json.write(report),
        "application/json");
  }
}
