package dev.esrlink.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.arrivals.ArrivalCheck;
import dev.esrlink.config.BucketsConfig;
import dev.esrlink.core.LocalOffice;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.export.LetbExportService;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.log.LogEvent;
import dev.esrlink.status.StatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Re-delivers the dead letters one by one to the code the failed function runs (ingest for an S3
 * event, each record on its own; the export for a job), in this invocation: a letter delivered is
 * removed, one that fails again is kept with its new error. Safe to repeat: ingestion and exports
 * are idempotent, so a letter delivered twice has the effect of one.
 */
@ApplicationScoped
public class Redrive {
  private static final Logger LOG = Logger.getLogger(Redrive.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DeadLetterPlaces places;
  private final IngestService ingest;
  private final EsrExportService esr;
  private final LetbExportService letb;
  private final BucketsConfig buckets;
  private final StatusService status;
  private final ArrivalCheck arrivals;

  @Inject
  public Redrive(
      DeadLetterPlaces places,
      IngestService ingest,
      EsrExportService esr,
      LetbExportService letb,
      BucketsConfig buckets,
      StatusService status,
      ArrivalCheck arrivals) {
    this.places = places;
    this.ingest = ingest;
    this.esr = esr;
    this.letb = letb;
    this.buckets = buckets;
    this.status = status;
    this.arrivals = arrivals;
  }

  /** Every dead letter waiting, each with its outcome. */
  public List<Redelivery> all() {
    DeadLetters letters = places.open();
    List<Redelivery> outcomes = new ArrayList<>();
    for (DeadLetter letter : letters.waiting()) {
      Redelivery outcome = deliver(letter);
      if (outcome.outcome.equals(OperatorResult.DONE)) {
        letters.remove(letter);
      } else {
        letters.keep(letter);
      }
      LogEvent.of("redrive.letter")
          .with("id", letter.id())
          .with("function", letter.function())
          .with("outcome", outcome.outcome)
          .info(LOG);
      outcomes.add(outcome);
    }
    return outcomes;
  }

  private Redelivery deliver(DeadLetter letter) {
    JsonNode event;
    try {
      event = JSON.readTree(letter.payload());
    } catch (IOException e) {
      event = null;
    }
    if (event != null && event.path("Records").isArray()) {
      return s3Event(letter, event.path("Records"));
    }
    if (event != null && event.path("job").isTextual()) {
      return job(letter, event);
    }
    return Redelivery.of(
        letter, "", "SKIPPED", "not an S3 event or a job; read it and act by hand");
  }

  private Redelivery s3Event(DeadLetter letter, JsonNode records) {
    Set<String> inbound = Set.of(buckets.esrInbound(), buckets.letbInbound());
    List<String> objects = new ArrayList<>();
    List<String> details = new ArrayList<>();
    boolean failed = false;
    for (JsonNode record : records) {
      String bucket = record.path("s3").path("bucket").path("name").asText("");
      String encoded = record.path("s3").path("object").path("key").asText("");
      String key;
      try {
        key = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        key = encoded;
      }
      objects.add(bucket + "/" + key);
      if (!inbound.contains(bucket) || key.isEmpty()) {
        details.add(bucket + "/" + key + ": not an object of an inbound bucket, skipped");
        continue;
      }
      try {
        FileReport report = ingest.ingest(bucket, key);
        details.add(key + " " + report.status + " deliveries " + report.deliveries);
      } catch (RuntimeException e) {
        failed = true;
        details.add(key + " failed: " + e.getMessage());
      }
    }
    return Redelivery.of(
        letter,
        String.join(" ", objects),
        failed ? OperatorResult.FAILED : OperatorResult.DONE,
        String.join("; ", details));
  }

  private Redelivery job(DeadLetter letter, JsonNode event) {
    String job = event.path("job").asText().toUpperCase(Locale.ROOT);
    String lo = event.path("lo").asText("").toUpperCase(Locale.ROOT);
    String summary = job + " " + lo;
    if (job.equals("STATUS") && lo.isEmpty()) {
      return statusPages(letter, summary, List.of());
    }
    if (!LocalOffice.isKnown(lo)) {
      return Redelivery.of(letter, summary, "SKIPPED", "no known Local Office in the job");
    }
    try {
      List<String> files = esr.runs(job) ? esr.run(job, lo).stream().toList() : otherJob(job, lo);
      if (files == null) {
        return Redelivery.of(letter, summary, "SKIPPED", "not a job of the hub");
      }
      return Redelivery.of(letter, summary, OperatorResult.DONE, detail(job, files));
    } catch (RuntimeException e) {
      return Redelivery.of(letter, summary, OperatorResult.FAILED, e.getMessage());
    }
  }

  /** The files or findings of a job that is not an export to ESR; null for no job of the hub. */
  private List<String> otherJob(String job, String lo) {
    return switch (job) {
      case "LETB" -> List.copyOf(letb.export(lo));
      case "STATUS" -> status.write(List.of(lo));
      case "ARRIVALS" -> arrivals.missing(lo).stream().map(t -> "missing " + t).toList();
      default -> null;
    };
  }

  private static String detail(String job, List<String> files) {
    if (job.equals("ARRIVALS")) {
      return files.isEmpty()
          ? "every expected file of today has arrived"
          : String.join(", ", files) + " (checked for the day of the re-drive)";
    }
    return files.isEmpty() ? "nothing to send" : "wrote " + String.join(", ", files);
  }

  private Redelivery statusPages(DeadLetter letter, String summary, List<String> offices) {
    try {
      return Redelivery.of(
          letter, summary, OperatorResult.DONE, "wrote " + status.write(offices).size() + " pages");
    } catch (RuntimeException e) {
      return Redelivery.of(letter, summary, OperatorResult.FAILED, e.getMessage());
    }
  }
}
