package dev.esrlink.operations;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.store.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the operators' audit records back (the status page, tests), in key order: by the hub
 * clock's time (records of one instant, as under a fixed local clock, in no set order).
 */
@ApplicationScoped
public class AuditReader {
  private final ObjectStore objects;
  private final BucketsConfig buckets;

  @Inject
  public AuditReader(ObjectStore objects, BucketsConfig buckets) {
    this.objects = objects;
    this.buckets = buckets;
  }

  /** The records of the UTC days from {@code first} to {@code last}, both included. */
  public List<AuditRecord> days(LocalDate first, LocalDate last) {
    List<AuditRecord> records = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      for (String key : objects.keys(buckets.operations(), AuditLog.dayPrefix(day))) {
        records.add(read(key));
      }
    }
    return records;
  }

  /** One record by its key. */
  public AuditRecord read(String key) {
    try {
      return AuditLog.JSON.readValue(objects.text(buckets.operations(), key), AuditRecord.class);
    } catch (IOException e) {
      throw new EsrLinkException("audit record " + key + " cannot be read", e);
    }
  }
}
