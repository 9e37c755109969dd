package dev.esrlink.ingest;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.config.RulesConfig;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.ByteScan;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileRejectedException;
import dev.esrlink.file.InboundFile;
import dev.esrlink.file.Inspection;
import dev.esrlink.file.ReadLimits;
import dev.esrlink.log.LogEvent;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.store.RequestCounter;
import dev.esrlink.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One inbound object to the store, exactly once in effect: the receipt decides whether this
 * delivery is new, a repeat, a conflict or a corrected file (rule 10); a file that cannot be
 * trusted is quarantined whole; otherwise every record is applied or rejected and the report adds
 * up.
 */
@ApplicationScoped
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class);

  private final ObjectStore objects;
  private final Receipts receipts;
  private final FileProcessor processor;
  private final BucketsConfig buckets;
  private final RulesConfig rules;
  private final HubClock clock;
  private final LeaseKeeper leases;
  private final ReportStore reports;

  @Inject
  public IngestService(
      ObjectStore objects,
      Receipts receipts,
      FileProcessor processor,
      BucketsConfig buckets,
      RulesConfig rules,
      HubClock clock,
      LeaseKeeper leases,
      ReportStore reports) {
    this.reports = reports;
    this.objects = objects;
    this.receipts = receipts;
    this.processor = processor;
    this.buckets = buckets;
    this.rules = rules;
    this.clock = clock;
    this.leases = leases;
  }

  public FileReport ingest(String bucket, String key) {
    try (ObjectStore.LocalCopy copy = objects.download(bucket, key)) {
      return ingest(bucket, key, copy);
    }
  }

  /**
   * An operator's rerun of an object already handled under its interface name (release from a
   * mass-deletion quarantine, or reprocessing of an applied file): refused with {@link
   * Receipts.RerunRefused} unless the receipt fits, else processed as a delivery is.
   */
  public FileReport rerun(
      String bucket, String name, Receipts.Rerun kind, FileReport.OperatorNote note) {
    if (hasFolder(name)) {
      throw new Receipts.RerunRefused(name + " is not a file name (it has a folder)");
    }
    ObjectStore.LocalCopy copy;
    try {
      copy = objects.download(bucket, name);
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      throw new Receipts.RerunRefused("no object named " + name + " in the inbound bucket");
    }
    try (copy) {
      RequestCounter.Totals before = RequestCounter.totals();
      long started = System.nanoTime();
      Supplier<InputStream> opener = copy::open;
      ByteScan bytes = ByteScan.of(opener.get());
      String canonical = objectName(name);
      FileReport reopened =
          receipts.reopen(bucket, canonical, bytes.sha256(), kind, note, clock.now());
      FileReport report = process(bucket, name, canonical, bytes, opener, reopened);
      return done(canonical, kind.name(), report, before, started);
    }
  }

  /**
   * Every pass reads the local copy (the function's temporary disk), not S3: one GET per delivery,
   * and no S3 connection held open while a large file is applied at the store's pace.
   */
  private FileReport ingest(String bucket, String key, ObjectStore.LocalCopy copy) {
    RequestCounter.Totals before = RequestCounter.totals();
    long started = System.nanoTime();
    String name = objectName(key);
    Supplier<InputStream> opener = copy::open;
    ByteScan bytes = ByteScan.of(opener.get());
    Receipts.Claim claim = receipts.claim(bucket, name, bytes.sha256(), clock.now());
    FileReport report =
        switch (claim.decision()) {
          case REPEAT -> receipts.update(bucket, name, item -> {}, r -> r.deliveries++);
          case CONFLICT -> conflict(bucket, key, name, bytes);
          case IN_PROGRESS ->
              throw new EsrLinkException(
                  name + " is being processed by another invocation; this delivery is retried");
          case PROCESS -> process(bucket, key, name, bytes, opener, claim.report());
        };
    return done(name, claim.decision().name(), report, before, started);
  }

  /** Writes the report to the operations bucket (the receipt holds its summary) and logs. */
  private FileReport done(
      String name, String delivery, FileReport report, RequestCounter.Totals before, long started) {
    reports.write(report);
    RequestCounter.Totals used = RequestCounter.totals().minus(before);
    LogEvent.of("file.done")
        .with("file", name)
        .with("delivery", delivery)
        .with("status", report.status)
        .with("read", report.read)
        .with("applied", report.applied)
        .with("rejected", report.rejected)
        .with("deliveries", report.deliveries)
        .with("dynamoRequests", used.requests())
        .with("itemWrites", used.itemWrites())
        .with("ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .info(LOG);
    return report;
  }

  /**
   * The hub's name of an inbound object, the one its receipt, report, quarantine copy and RTC use.
   * An interface file name in any case is written in its canonical form ({@code
   * de_eoe_rmc_..._00000060.dat} is {@code DE_EOE_RMC_..._00000060.DAT}), so that one file has one
   * name everywhere. Any other flat key is its own name. A key with a folder ({@code ../x}, {@code
   * in/x}) or a bare dot segment keeps its text with {@code %} and {@code /} percent-encoded: it
   * names its receipt, report and quarantine copy without a folder, can never pass for (or take the
   * receipt of) an interface file name, and is quarantined.
   */
  static String objectName(String key) {
    if (!hasFolder(key)) {
      try {
        return FileName.parse(key).render();
      } catch (FileRejectedException e) {
        return key;
      }
    }
    String name = key.replace("%", "%25").replace("/", "%2F");
    return name.equals(".") || name.equals("..") ? name.replace(".", "%2E") : name;
  }

  private static boolean hasFolder(String key) {
    return key.indexOf('/') >= 0 || key.equals(".") || key.equals("..");
  }

  private FileReport conflict(String bucket, String key, String name, ByteScan bytes) {
    return receipts.update(
        bucket,
        name,
        item -> {},
        r -> {
          int n = r.conflicts.size() + 1;
          objects.copy(
              bucket,
              key,
              buckets.operations(),
              Topology.QUARANTINE_PREFIX + name + ".conflict-" + n);
          FileReport.Conflict conflict = new FileReport.Conflict();
          conflict.sha256 = bytes.sha256();
          conflict.reason =
              "a different object under a name already applied; copied to quarantine/"
                  + name
                  + ".conflict-"
                  + n;
          r.conflicts.add(conflict);
        });
  }

  // "try": the lease is held, and renewed, for the try block; closing it is its whole use
  @SuppressWarnings("try")
  private FileReport process(
      String bucket,
      String key,
      String name,
      ByteScan bytes,
      Supplier<InputStream> opener,
      FileReport report) {
    report.encoding = bytes.utf8() ? "UTF-8" : "WINDOWS-1252";
    ReadLimits limits = new ReadLimits(rules.maxLineLength(), rules.maxFields());
    try {
      try (LeaseKeeper.Held lease = leases.keep(bucket, name, bytes.sha256())) {
        if (hasFolder(key)) {
          throw new FileRejectedException(
              "object key has a folder or a dot segment; an inbound file must sit at the top of"
                  + " the bucket under its interface file name");
        }
        WrongBucket.check(bucket, name, buckets);
        Inspection inspection = InboundFile.inspect(name, bytes, opener, limits);
        report.warnings.addAll(inspection.warnings());
        processor.apply(bucket, inspection, opener, limits, report);
      }
      report.status = "APPLIED";
    } catch (FileRejectedException e) {
      report.quarantine(e.getMessage());
      if (e instanceof MassDeletionException) {
        report.quarantineRule = MassDeletionException.RULE;
      }
      objects.copy(bucket, key, buckets.operations(), Topology.QUARANTINE_PREFIX + name);
      if (!(e instanceof WrongBucket.Misplaced)) {
        processor.confirmQuarantine(bucket, name, e.getMessage());
      }
      LogEvent.of("file.quarantined").with("file", name).with("reason", e.getMessage()).warn(LOG);
    } catch (RuntimeException e) {
      receipts.release(bucket, name);
      throw e;
    }
    reports.write(report); // before the receipt says done: a repeat finds the whole report
    return receipts.finish(bucket, name, report);
  }
}
