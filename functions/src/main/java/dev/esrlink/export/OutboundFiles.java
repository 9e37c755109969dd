package dev.esrlink.export;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.DatHeader;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileType;
import dev.esrlink.file.OutboundWriter;
import dev.esrlink.store.ExportRuns.Run;
import dev.esrlink.store.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes an outbound file to a temporary file, then uploads it under its interface name. */
@ApplicationScoped
public class OutboundFiles {
  private final ObjectStore objects;
  private final HubClock clock;
  private final BucketsConfig buckets;

  @Inject
  public OutboundFiles(ObjectStore objects, HubClock clock, BucketsConfig buckets) {
    this.objects = objects;
    this.clock = clock;
    this.buckets = buckets;
  }

  /** The interface name of an outbound file dated today (Europe/London). */
  public String name(String lo, FileType type, long sequence) {
    return new FileName(lo, type, clock.today(), sequence).render();
  }

  /**
   * Writes the run's file to its bucket: a DAT file (to ESR) of {@code recordType} records, or a
   * LETB CSV file.
   */
  public void write(Run run, FileType type, String recordType, List<Map<String, String>> rows) {
    if (type.format() == FileType.Format.DAT) {
      DatHeader header =
          new DatHeader(
              type, run.lo(), run.sequence(), clock.londonNow().toLocalDateTime().withNano(0));
      upload(
          buckets.esrOutbound(),
          run.key(),
          out -> {
            try (OutboundWriter writer = OutboundWriter.dat(out, header, recordType)) {
              rows.forEach(writer::write);
            }
          });
    } else {
      upload(
          buckets.letbOutbound(),
          run.key(),
          out -> {
            try (OutboundWriter writer = OutboundWriter.csv(out, type)) {
              rows.forEach(writer::write);
            }
          });
    }
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private void upload(String bucket, String key, Body body) {
    Path file = null;
    try {
      file = Files.createTempFile("out-", ".tmp");
      try (OutputStream out = Files.newOutputStream(file)) {
        body.write(out);
      }
      String type = key.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
      objects.putFile(bucket, key, file, type);
    } catch (IOException e) {
      throw new EsrLinkException("outbound file " + key + " cannot be written", e);
    } finally {
      deleteQuietly(file);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new EsrLinkException("temporary file " + file + " cannot be removed", e);
    }
  }
}
