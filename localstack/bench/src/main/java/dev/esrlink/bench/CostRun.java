package dev.esrlink.bench;

import dev.esrlink.cli.LocalHub;
import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a national day costs, counted (docs/benchmarks.md): on emulators of its own, the generated
 * set of every Local Office is loaded for the first time (each RMF and the LETB's three files, then
 * every daily job), then sent again unchanged as new objects (the re-ingest), then each office's
 * day of changes (an RMC with {@link DailyChanges#SHARE} of its RMF's records changed, then every
 * daily job). Every invocation's consumption comes from the function JVMs' {@code host.usage}
 * lines; the floors from what the data needed ({@code RequestCounter}).
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
      Usage firstIngest = Usage.since(logs, mark, INGEST);
      offices.forEach(hub::allDailyJobs);
      Usage first = Usage.since(logs, mark, List.of());
      report("first load", firstIngest, first, set.size());

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
      Usage dailyIngest = Usage.since(logs, mark, INGEST);
      offices.forEach(hub::allDailyJobs);
      Usage daily = Usage.since(logs, mark, List.of());
      say("bench: cost: the day's RMCs change " + changed + " records");
      report("daily RMC", dailyIngest, daily, rmcs.size());

      put.accept("units_vs_floor_first", ratio(firstIngest.units(), firstIngest.floorWriteUnits));
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
              set.size() + again.size() + rmcs.size()));
      put.accept(
          "units_source",
          "reported:"
              + (first.reportedCalls + reingest.reportedCalls + daily.reportedCalls)
              + "/sized:"
              + (first.sizedCalls + reingest.sizedCalls + daily.sizedCalls));

      Cost firstCost = Cost.of(first, set.size());
      Cost day =
          Cost.of(reingest, again.size()).plus(Cost.of(daily, rmcs.size())).plus(Cost.keyDay());
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

    /** The stack's one KMS key, for a day. */
    static Cost keyDay() {
      return new Cost(Map.of("kms", Prices.KMS_KEY_MONTH / Prices.DAYS_PER_MONTH));
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
