package dev.esrlink.bench;

import dev.esrlink.cli.LocalHub;
import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a national day costs, counted (docs/benchmarks.md): on emulators of its own, the generated
 * set of every Local Office is loaded for the first time (each RMF and the LETB's three files, then
 * every daily job, then ESR's APC and DCC answering the APP and DNC files those jobs wrote, then
 * every daily job again, which reports them), then sent again unchanged as new objects (the
 * re-ingest), then each office's day of changes (an RMC with {@link DailyChanges#SHARE} of its
 * RMF's records changed, ESR's APC and DCC of a day: {@link Confirmations} of one record in {@link
 * DailyChanges#WINDOW_DAYS} of the first APP and DNC files, then every daily job). Then what the
 * hub holds ({@link Storage}). Every invocation's consumption comes from the function JVMs' {@code
 * host.usage} lines; the floors from what the data needed ({@code RequestCounter}, and {@link
 * ConfirmationFloor} for the confirmations).
 */
final class CostRun {

  static final List<String> INGEST = List.of("ingestEsrFile", "ingestLetbFile");

  private final BiConsumer<String, Object> put;

  private CostRun(BiConsumer<String, Object> put) {
    this.put = put;
  }

  static void measure(Path dir, List<GeneratedFile> set, BiConsumer<String, Object> put)
      throws IOException {
    new CostRun(put).run(dir, set);
  }

  private void run(Path dir, List<GeneratedFile> set) throws IOException {
    List<String> offices = set.stream().map(GeneratedFile::localOffice).distinct().toList();
    say(
        "bench: cost of a national day ("
            + offices.size()
            + " Local Offices, "
            + set.size()
            + " files), counted on emulators of its own");
    try (LocalHub hub = LocalHub.open(BenchCommand.CLOCK)) {
      Path logs = hub.logDir();

      Map<Path, Long> mark = Usage.mark(logs);
      for (GeneratedFile file : set) {
        hub.upload(file.path());
      }
      offices.forEach(hub::allDailyJobs);
      Map<String, byte[]> sent = sentFiles(hub);
      Confirmed firstConfirmed = confirm(hub, sent, 1, 1, dir.resolve("cost-confirm-first"));
      if (firstConfirmed.files > 0) {
        offices.forEach(hub::allDailyJobs); // the next jobs report them (LOADRESULTS)
      }
      Usage firstIngest = Usage.since(logs, mark, INGEST);
      firstIngest.addFloor(firstConfirmed.floor.readUnits(), firstConfirmed.floor.writeUnits());
      Usage first = Usage.since(logs, mark, List.of());
      first.addFloor(firstConfirmed.floor.readUnits(), firstConfirmed.floor.writeUnits());
      say(firstConfirmed.line("first load", "the first APP and DNC files, every record"));
      int firstObjects = set.size() + firstConfirmed.files;
      report("first load", firstIngest, first, firstObjects);
      Map<String, Long> objectsBefore = Storage.objects(hub.s3());
      java.util.Set<String> sentBefore = sentFiles(hub).keySet();

      List<Path> again = new ArrayList<>();
      for (GeneratedFile file : set) {
        again.add(resend(file.path(), dir.resolve("cost-resend")));
      }
      mark = Usage.mark(logs);
      again.forEach(hub::upload);
      Usage reingest = Usage.since(logs, mark, List.of());
      report("unchanged re-ingest", reingest, reingest, again.size());

      List<Path> rmcs = new ArrayList<>();
      long changed = 0;
      for (GeneratedFile file : set) {
        if (file.path().getFileName().toString().contains("_RMF_")) {
          DailyChanges.Rmc rmc = DailyChanges.of(file.path(), dir.resolve("cost-rmc"));
          rmcs.add(rmc.path());
          changed += rmc.records();
        }
      }
      mark = Usage.mark(logs);
      rmcs.forEach(hub::upload);
      Confirmed dayConfirmed =
          confirm(hub, sent, DailyChanges.WINDOW_DAYS, 2, dir.resolve("cost-confirm-day"));
      Usage dailyIngest = Usage.since(logs, mark, INGEST);
      dailyIngest.addFloor(dayConfirmed.floor.readUnits(), dayConfirmed.floor.writeUnits());
      offices.forEach(hub::allDailyJobs);
      Usage daily = Usage.since(logs, mark, List.of());
      daily.addFloor(dayConfirmed.floor.readUnits(), dayConfirmed.floor.writeUnits());
      say("bench: cost: the day's RMCs change " + changed + " records");
      say(
          dayConfirmed.line(
              "daily",
              "one record in "
                  + DailyChanges.WINDOW_DAYS
                  + " of the first APP and DNC files, a day's share of the notice window"));
      Map<String, byte[]> sentToday = sentFiles(hub);
      sentToday.keySet().removeAll(sentBefore);
      say(
          "bench: cost: the day's exports wrote "
              + sentToday.size()
              + " APP/DNC files (the clock of the run stands still, so no placement enters the"
              + " notice window)");
      int dayObjects = rmcs.size() + dayConfirmed.files;
      report("daily RMC and confirmations", dailyIngest, daily, dayObjects);

      Storage.Table table =
          Storage.table(hub.dynamoDb(), Topology.TABLE, Topology.TABLE.localName());
      long s3Bytes =
          Storage.steadyS3Bytes(objectsBefore, Storage.objects(hub.s3()), Prices.RETENTION_DAYS);
      say(
          String.format(
              Locale.ROOT,
              "bench: cost: storage: the table holds %d items, %.3f GiB by the size rule, %.3f GiB"
                  + " billed (100 bytes an item and a copy per index holding it); S3 at steady"
                  + " state (each object of the day kept %d days) %.2f GiB",
              table.items(),
              table.itemBytes() / Storage.GIB,
              table.gib(),
              Prices.RETENTION_DAYS,
              s3Bytes / Storage.GIB));

      put.accept(
          "units_vs_floor_first",
          ratio(firstIngest.units(), firstIngest.floorReadUnits + firstIngest.floorWriteUnits));
      put.accept(
          "units_vs_floor_daily",
          ratio(dailyIngest.units(), dailyIngest.floorReadUnits + dailyIngest.floorWriteUnits));
      put.accept("reingest_write_units", units(reingest.floorWriteUnits));
      put.accept("reingest_all_write_units", units(reingest.writeUnits));
      put.accept("reingest_read_units", units(reingest.readUnits));
      put.accept(
          "s3_gets_vs_floor",
          ratio(
              firstIngest.s3Gets + reingest.s3Gets + dailyIngest.s3Gets,
              firstObjects + again.size() + dayObjects));
      put.accept(
          "units_source",
          "reported:"
              + (first.reportedCalls + reingest.reportedCalls + daily.reportedCalls)
              + "/sized:"
              + (first.sizedCalls + reingest.sizedCalls + daily.sizedCalls));
      put.accept("confirmations", firstConfirmed.records + "+" + dayConfirmed.records + "/day");
      put.accept(
          "confirmations_failed", firstConfirmed.failed + "+" + dayConfirmed.failed + "/day");
      put.accept("storage_dynamodb_gib", String.format(Locale.ROOT, "%.3f", table.gib()));
      put.accept("storage_s3_gib", String.format(Locale.ROOT, "%.2f", s3Bytes / Storage.GIB));

      Cost firstCost = Cost.of(first, firstObjects);
      Cost day =
          Cost.of(reingest, again.size())
              .plus(Cost.of(daily, dayObjects))
              .plus(Cost.storageDay(table.billedBytes(), s3Bytes));
      Cost year = day.times(365).plus(firstCost);
      put.accept("cost_national_day_usd", usd(day.total()));
      put.accept("cost_national_year_usd", usd(year.total()));
      put.accept("cost_first_load_usd", usd(firstCost.total()));
      put.accept("cost_year_parts", year.parts());
      put.accept("cost_day_parts", day.parts());
      put.accept(
          "lambda_gb_s_day_timed",
          String.format(Locale.ROOT, "%.1f", reingest.plus(daily).gbSeconds));
    }
  }

  /** The APP and DNC files in the hub's ESR outbound bucket now, by name. */
  private static Map<String, byte[]> sentFiles(LocalHub hub) {
    Map<String, byte[]> files = new TreeMap<>();
    String bucket = Bucket.ESR_OUTBOUND.localName();
    for (S3Object object : hub.s3().listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
      String type = object.key().split("_").length == 5 ? object.key().split("_")[2] : "";
      if (type.equals("APP") || type.equals("DNC")) {
        files.put(
            object.key(),
            hub.s3().getObjectAsBytes(r -> r.bucket(bucket).key(object.key())).asByteArray());
      }
    }
    return files;
  }

  /** What one round of ESR's confirmations held, and their floor. */
  private static final class Confirmed {
    int files;
    long records;
    long failed;
    ConfirmationFloor.Units floor = ConfirmationFloor.NONE;

    String line(String phase, String what) {
      return "bench: cost: "
          + phase
          + ": ESR's confirmations of "
          + what
          + ": "
          + files
          + " APC/DCC files, "
          + records
          + " records ("
          + failed
          + " FAILED); their floor "
          + floor.readUnits()
          + " read + "
          + floor.writeUnits()
          + " write units";
    }
  }

  /**
   * ESR's APC and DCC answering the {@code sent} files (every {@code every}-th record), sequence
   * {@code sequence}, uploaded as ESR would; then their floor from what they stored.
   */
  private static Confirmed confirm(
      LocalHub hub, Map<String, byte[]> sent, int every, int sequence, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Confirmed confirmed = new Confirmed();
    for (Map.Entry<String, byte[]> file : sent.entrySet()) {
      Confirmations.File answer =
          Confirmations.of(file.getKey(), file.getValue(), every, sequence, 2 + sequence);
      if (answer == null || answer.records() == 0) {
        continue;
      }
      Path path = dir.resolve(answer.name());
      Files.write(path, answer.bytes());
      hub.upload(path);
      confirmed.files++;
      confirmed.records += answer.records();
      confirmed.failed += answer.failed();
      String lo = answer.name().split("_")[1];
      confirmed.floor =
          confirmed.floor.plus(ConfirmationFloor.of(hub.dynamoDb(), lo, answer.name()));
    }
    return confirmed;
  }

  private static void report(String phase, Usage ingest, Usage all, int objects) {
    say(
        String.format(
            Locale.ROOT,
            "bench: cost: %s: %d objects; ingest %d invocations, %.1f read + %.1f write units"
                + " (floor %.1f + %d), %d S3 GETs; with the daily jobs %d invocations, %.1f read"
                + " + %.1f write units, S3 %d PUT/LIST %d GET %d other, %.1f GB-s (timed)",
            phase,
            objects,
            ingest.invocations,
            ingest.readUnits,
            ingest.writeUnits,
            ingest.floorReadUnits,
            ingest.floorWriteUnits,
            ingest.s3Gets,
            all.invocations,
            all.readUnits,
            all.writeUnits,
            all.s3Puts,
            all.s3Gets,
            all.s3Others,
            all.gbSeconds));
  }

  /** The same file as a new object: the next sequence in its name (and HDR, for a DAT). */
  private static Path resend(Path file, Path dir) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".DAT")) {
      return BenchCommand.nextSequence(file, dir);
    }
    Files.createDirectories(dir);
    Path out = dir.resolve(name.replace("_000001.csv", "_000002.csv"));
    Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
    return out;
  }

  /** Dollars by part of one stretch of usage, at {@link Prices}. */
  record Cost(Map<String, Double> byPart) {
    static Cost of(Usage u, int inboundObjects) {
      Map<String, Double> parts = new LinkedHashMap<>();
      parts.put("dynamodb", u.readUnits * Prices.DYNAMODB_RRU + u.writeUnits * Prices.DYNAMODB_WRU);
      parts.put(
          "lambda", u.invocations * Prices.LAMBDA_REQUEST + u.gbSeconds * Prices.LAMBDA_GB_SECOND);
      parts.put(
          "s3",
          (u.s3Puts + inboundObjects) * Prices.S3_PUT + (u.s3Gets + u.s3Others) * Prices.S3_GET);
      parts.put("kms", u.invocations * Prices.KMS_REQUEST);
      parts.put(
          "logs",
          (u.logBytes + u.invocations * (double) Prices.LAMBDA_LOG_BYTES_PER_INVOCATION)
              / 1e9
              * Prices.LOGS_INGEST_GB);
      return new Cost(parts);
    }

    /**
     * A day of holding what the hub holds: the table's billed bytes, the S3 bytes of steady state,
     * and the stack's one KMS key.
     */
    static Cost storageDay(long tableBytes, long s3Bytes) {
      double month =
          tableBytes / Storage.GIB * Prices.DYNAMODB_GB_MONTH
              + s3Bytes / Storage.GIB * Prices.S3_GB_MONTH
              + Prices.KMS_KEY_MONTH;
      return new Cost(Map.of("storage", month / Prices.DAYS_PER_MONTH));
    }

    Cost plus(Cost other) {
      Map<String, Double> sum = new LinkedHashMap<>(byPart);
      other.byPart.forEach((k, v) -> sum.merge(k, v, Double::sum));
      return new Cost(sum);
    }

    Cost times(int n) {
      Map<String, Double> scaled = new LinkedHashMap<>();
      byPart.forEach((k, v) -> scaled.put(k, v * n));
      return new Cost(scaled);
    }

    double total() {
      return byPart.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    String parts() {
      List<String> out = new ArrayList<>();
      byPart.forEach((k, v) -> out.add(k + ":" + usd(v)));
      return String.join("/", out);
    }
  }

  static String usd(double dollars) {
    return String.format(Locale.ROOT, "%.4f", dollars);
  }

  private static String units(double units) {
    return String.format(Locale.ROOT, "%.1f", units);
  }

  private static String ratio(double a, double b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / b);
  }

  private static void say(String text) {
    LocalHub.line(text);
  }
}
