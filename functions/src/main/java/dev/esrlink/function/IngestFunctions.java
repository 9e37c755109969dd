package dev.esrlink.function;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.log.LogEvent;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The ingest functions: an S3 ObjectCreated event in, the file report of its last object out. Every
 * record is handled on its own. A record that cannot be an object creation (no bucket or key, a key
 * that does not decode, another event type, an object gone) is logged as {@code event.rejected} and
 * not retried; a record that fails otherwise is logged as {@code record.failed} and, after the
 * other records, fails the invocation so that Lambda retries the event (records already handled are
 * then repeats).
 */
public class IngestFunctions {
  private static final Logger LOG = Logger.getLogger(IngestFunctions.class);

  @Inject IngestService ingest;

  @Funq("ingestEsrFile")
  public FileReport ingestEsrFile(S3EventNotification event) {
    return handle(event);
  }

  @Funq("ingestLetbFile")
  public FileReport ingestLetbFile(S3EventNotification event) {
    return handle(event);
  }

  private FileReport handle(S3EventNotification event) {
    List<S3EventNotification.Delivery> deliveries = event == null ? List.of() : event.deliveries();
    if (deliveries.isEmpty()) {
      rejected("the event holds no S3 records");
    }
    FileReport last = null;
    List<String> failed = new ArrayList<>();
    for (S3EventNotification.Delivery delivery : deliveries) {
      if (delivery.rejection() != null) {
        rejected(delivery.rejection());
        continue;
      }
      try {
        last = ingest.ingest(delivery.bucket(), delivery.key());
      } catch (NoSuchKeyException e) {
        rejected(
            "record "
                + delivery.number()
                + ": no object "
                + delivery.key()
                + " in "
                + delivery.bucket());
      } catch (RuntimeException e) {
        failed.add(delivery.key() + ": " + e.getMessage());
        LogEvent.of("record.failed")
            .with("record", delivery.number())
            .with("bucket", delivery.bucket())
            .with("key", delivery.key())
            .with("retried", true)
            .error(LOG, e);
      }
    }
    if (!failed.isEmpty()) {
      throw new EsrLinkException(
          failed.size()
              + " of "
              + deliveries.size()
              + " records failed; the event is retried: "
              + String.join("; ", failed));
    }
    return last;
  }

  private static void rejected(String reason) {
    LogEvent.of("event.rejected").with("reason", reason).with("retried", false).warn(LOG);
  }
}
