package dev.esrlink.function;

import dev.esrlink.file.EsrLinkException;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

/** The ingest functions: an S3 ObjectCreated event in, the file report out. */
public class IngestFunctions {
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
    if (event == null || event.records.isEmpty()) {
      throw new EsrLinkException("the event holds no S3 records");
    }
    FileReport last = null;
    for (S3EventNotification.EventRecord record : event.records) {
      last = ingest.ingest(record.s3.bucket.name, record.s3.object.decodedKey());
    }
    return last;
  }
}
