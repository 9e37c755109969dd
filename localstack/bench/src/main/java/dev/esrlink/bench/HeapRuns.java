package dev.esrlink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esrlink.cli.LocalHub;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Part 4 of the bench, apart from every timed ingest: the peak heap of ingests in a function JVM of
 * their own that runs the heap hook ({@code ESRLINK_HOST_HEAP}: a full collection before the event
 * and every half second during it; docs/benchmarks.md), with {@code -Xmn16m}, on the same
 * emulators, into a new table of the hub's definition, so that each RMF is a first load again and a
 * later one of the same office is a re-ingest. The timed JVMs run without the hook: its collections
 * cost them time that their floors do not pay.
 */
final class HeapRuns {

  /** JVM options of the heap runs: a small young generation, so that garbage reaches full GCs. */
  static final List<String> JAVA_OPTIONS = List.of("-Xmn16m");

  /** What the hook saw in one ingest, with the ingest's outcome. */
  record Peak(
      String file,
      String status,
      long records,
      long ms,
      long afterGcBytes,
      long poolsBytes,
      long gcs,
      long fullGcMs,
      long youngGcMs) {}

  private HeapRuns() {}

  /** Ingests the files in order in the heap JVM; the peak of each, in the same order. */
  static List<Peak> measure(LocalHub hub, Path dir, String function, List<Path> files)
      throws IOException {
    String table = Floor.create(hub.dynamoDb(), Topology.TABLE, "bench-heap");
    Path logs = Files.createDirectories(dir.resolve("heap-logs"));
    BenchCommand.LogReader log = new BenchCommand.LogReader(logs.resolve(function + ".log"));
    List<Peak> peaks = new ArrayList<>();
    try (LocalHub.OtherFunctions heap =
        hub.otherFunctions(
            logs,
            Map.of(
                TableDefinition.ENVIRONMENT_VARIABLE,
                table,
                LocalHub.WATCH,
                HeapWatch.jar(),
                HeapWatch.VARIABLE,
                function),
            JAVA_OPTIONS)) {
      for (Path file : files) {
        log.skip();
        long nanos = heap.upload(file);
        JsonNode done = log.next("file.done");
        JsonNode watch = log.next("host.heap");
        Peak peak =
            new Peak(
                file.getFileName().toString(),
                done.path("status").asText(),
                done.path("read").asLong(),
                TimeUnit.NANOSECONDS.toMillis(nanos),
                watch.path("peakAfterGcBytes").asLong(),
                watch.path("peakPoolsBytes").asLong(),
                watch.path("gcs").asLong(),
                watch.path("fullGcMs").asLong(),
                watch.path("youngGcMs").asLong());
        LocalHub.line(
            "bench: heap "
                + peak.file()
                + " "
                + peak.status()
                + ", "
                + peak.records()
                + " records, "
                + peak.ms()
                + " ms with the hook: peak heap "
                + BenchCommand.mb(peak.afterGcBytes())
                + " MB after GC ("
                + BenchCommand.mb(peak.poolsBytes())
                + " MB pools' peak, "
                + peak.gcs()
                + " full GCs); collections paused it "
                + peak.fullGcMs()
                + " ms (full, mostly the hook's) + "
                + peak.youngGcMs()
                + " ms (young)");
        peaks.add(peak);
      }
    } finally {
      hub.dynamoDb().deleteTable(r -> r.tableName(table));
    }
    return peaks;
  }
}
