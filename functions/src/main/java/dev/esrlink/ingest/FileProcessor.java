package dev.esrlink.ingest;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.file.DatHeader;
import dev.esrlink.file.FileName;
import dev.esrlink.file.FileType;
import dev.esrlink.file.InboundFile;
import dev.esrlink.file.Inspection;
import dev.esrlink.file.PositionIds;
import dev.esrlink.file.ReadLimits;
import dev.esrlink.file.RecordStream;
import dev.esrlink.store.ChangeWriter;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.store.Sequences;
import dev.esrlink.store.SourceOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Applies an inspected file by its type, and writes the RTC of an RMF or RMC. */
@ApplicationScoped
public class FileProcessor {
  private final RecordApplier records;
  private final ConfirmationApplier confirmations;
  private final FullSnapshot snapshot;
  private final ChangeWriter writer;
  private final Sequences sequences;
  private final Receipts receipts;
  private final ObjectStore objects;
  private final BucketsConfig buckets;
  private final HubClock clock;

  @Inject
  public FileProcessor(
      RecordApplier records,
      ConfirmationApplier confirmations,
      FullSnapshot snapshot,
      ChangeWriter writer,
      Sequences sequences,
      Receipts receipts,
      ObjectStore objects,
      BucketsConfig buckets,
      HubClock clock) {
    this.records = records;
    this.confirmations = confirmations;
    this.snapshot = snapshot;
    this.writer = writer;
    this.sequences = sequences;
    this.receipts = receipts;
    this.objects = objects;
    this.buckets = buckets;
    this.clock = clock;
  }

  public void apply(
      String bucket,
      Inspection inspection,
      Supplier<InputStream> opener,
      ReadLimits limits,
      FileReport report) {
    FileName name = inspection.name();
    String order = SourceOrder.of(inspection);
    boolean firstLoad = firstLoad(name, order);
    sequences
        .recordInbound(name.localOffice(), name.type().name(), name.sequence())
        .ifPresent(report.warnings::add);
    switch (name.type()) {
      case RMF, RMC -> applyPositions(bucket, inspection, opener, limits, report, order, firstLoad);
      case APC, DCC -> {
        try (RecordStream stream = InboundFile.records(inspection, opener, limits)) {
          confirmations.apply(stream, new ApplyContext(inspection, order, null, null, report));
        }
      }
      default -> {
        try (RecordStream stream = InboundFile.records(inspection, opener, limits)) {
          long older =
              records.apply(
                  stream,
                  new ApplyContext(inspection, order, null, null, report, firstLoad),
                  LetbMerge::merge);
          warnSuperseded(report, older);
        }
      }
    }
  }

  private void applyPositions(
      String bucket,
      Inspection inspection,
      Supplier<InputStream> opener,
      ReadLimits limits,
      FileReport report,
      String order,
      boolean firstLoad) {
    FileName name = inspection.name();
    String lo = name.localOffice();
    PositionIds contents = null;
    Map<String, List<String>> live = Map.of();
    FullSnapshot.Newest newest = snapshot.watermark(lo);
    FullSnapshot.Newest newer = order.compareTo(newest.order()) < 0 ? newest : null;
    boolean superseded = newer != null;
    if (name.type() == FileType.RMF) {
      contents = inspection.positions();
      live = snapshot.livePositions(lo);
      // an RMF older than the newest deletes nothing, so the guard has nothing to count
      if (report.released == null && !superseded) {
        snapshot.guard(lo, live, contents);
      }
    }
    DatHeader header = rtcHeader(bucket, name);
    try (RtcRows rtc = new RtcRows(name.render(), header);
        RecordStream stream = InboundFile.records(inspection, opener, limits)) {
      if (report.released != null) {
        rtc.add(0, "FILE", null, true, releaseMessage(report.released));
      }
      long older =
          records.apply(
              stream,
              new ApplyContext(inspection, order, newer, rtc, report, firstLoad),
              RecordItems::mergeDelete);
      if (contents != null && !superseded) {
        writer.apply(snapshot.deletionsFor(live, contents, order, name.render()), (c, s) -> c);
        snapshot.raiseWatermark(lo, order, name.render());
      }
      warnSuperseded(report, older);
      Path rtcFile = rtc.finish();
      if (report.reprocessed.isEmpty()) {
        uploadRtc(rtcFile, header);
      }
    }
  }

  /**
   * Whether the file is the first load of its kind for its Local Office (its records then need no
   * compare read): positions and people for RMF and RMC, the file's own kind for the LETB's files.
   */
  private boolean firstLoad(FileName name, String order) {
    String lo = name.localOffice();
    return switch (name.type()) {
      case RMF, RMC -> sequences.firstLoad(lo, "ESR", order, "RMF", "RMC");
      case POSTS, TRAINEES, PLACEMENTS ->
          sequences.firstLoad(lo, "LETB", order, name.type().name());
      default -> false;
    };
  }

  /**
   * The RTC's first row of a released file: line 0, {@code FILE}, {@code ACCEPTED}, when and why it
   * was released (one line, at most 200 characters of the operator's reason).
   */
  static String releaseMessage(FileReport.OperatorNote note) {
    String why = note.reason == null ? "" : note.reason.replaceAll("\\p{Cntrl}", " ").strip();
    if (why.length() > 200) {
      why = why.substring(0, 200);
    }
    return "released from the mass-deletion quarantine by an operator at " + note.at + ": " + why;
  }

  /** For a quarantined RMF/RMC of a known Local Office: an RTC with one FILE row. */
  public void confirmQuarantine(String bucket, String fileName, String reason) {
    Optional<String> lo = FileName.localOfficeOf(fileName);
    String upper = fileName.toUpperCase(Locale.ROOT);
    if (lo.isEmpty() || !(upper.contains("_RMF_") || upper.contains("_RMC_"))) {
      return;
    }
    DatHeader header = rtcHeader(bucket, fileName, lo.get());
    try (RtcRows rtc = new RtcRows(fileName, header)) {
      rtc.add(0, "FILE", null, false, reason);
      uploadRtc(rtc.finish(), header);
    }
  }

  private DatHeader rtcHeader(String bucket, FileName name) {
    return rtcHeader(bucket, name.render(), name.localOffice());
  }

  private DatHeader rtcHeader(String bucket, String fileName, String lo) {
    long seq =
        receipts.rtcSequence(
            bucket,
            fileName,
            (version, receiptFor) -> sequences.nextInto(lo, "RTC", version, receiptFor));
    return new DatHeader(FileType.RTC, lo, seq, clock.londonNow().toLocalDateTime().withNano(0));
  }

  private void uploadRtc(Path file, DatHeader header) {
    String key =
        new FileName(header.localOffice(), FileType.RTC, clock.today(), header.sequence()).render();
    objects.putFile(buckets.esrOutbound(), key, file, "text/plain; charset=utf-8");
  }

  private static void warnSuperseded(FileReport report, long older) {
    if (older > 0) {
      report.warnings.add(older + " records superseded by newer data already held");
    }
  }
}
