package dev.esrlink.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.esrlink.config.BucketsConfig;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Appends audit records to the operations bucket: one object per action, never overwritten. */
@ApplicationScoped
public class AuditLog {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy/MM/dd/").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HHmmssSSS").withZone(ZoneOffset.UTC);

  private final ObjectStore objects;
  private final BucketsConfig buckets;

  @Inject
  public AuditLog(ObjectStore objects, BucketsConfig buckets) {
    this.objects = objects;
    this.buckets = buckets;
  }

  /** The key of the day's audit records, e.g. {@code audit/2026/03/02/}. */
  static String dayPrefix(java.time.LocalDate day) {
    return Topology.AUDIT_PREFIX + DAY.format(day.atStartOfDay(ZoneOffset.UTC));
  }

  /** Writes the record under a new key and returns the key; sets its id and time. */
  public String append(AuditRecord record, Instant when) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    record.id = id;
    record.when = when.toString();
    String key =
        Topology.AUDIT_PREFIX
            + DAY.format(when)
            + TIME.format(when)
            + "-"
            + record.what.action
            + "-"
            + id
            + ".json";
    try {
      objects.putText(
          buckets.operations(), key, JSON.writeValueAsString(record), "application/json");
    } catch (JsonProcessingException e) {
      throw new EsrLinkException("audit record cannot be written as JSON", e);
    }
    return key;
  }
}
