package dev.esrlink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esrlink.cli.EventLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sum of the {@code host.usage} lines the function JVMs log after each invocation (the SDK's
 * counts of {@code RequestCounter} and the invocation's timed duration), and the bytes the
 * functions logged: one part of a run, read from the function logs since a mark.
 */
final class Usage {

  private static final String EVENT = "host.usage";

  long invocations;
  long dynamoRequests;
  double readUnits;
  double writeUnits;
  long reportedCalls;
  long sizedCalls;
  double floorReadUnits;
  long floorWriteUnits;
  long s3Gets;
  long s3Puts;
  long s3Others;
  long s3BytesIn;
  long s3BytesOut;
  double gbSeconds;
  long logBytes;

  /** The size of every function log now: where the next part starts. */
  static Map<Path, Long> mark(Path logDir) throws IOException {
    Map<Path, Long> sizes = new LinkedHashMap<>();
    try (Stream<Path> logs = Files.list(logDir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
        sizes.put(log, Files.size(log));
      }
    }
    return sizes;
  }

  /** The usage of the functions named, logged since {@code mark}. */
  static Usage since(Path logDir, Map<Path, Long> mark, List<String> functions) throws IOException {
    Usage usage = new Usage();
    try (Stream<Path> logs = Files.list(logDir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
        String function = log.getFileName().toString().replace(".log", "");
        if (!functions.isEmpty() && !functions.contains(function)) {
          continue;
        }
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(all.length, mark.getOrDefault(log, 0L));
        usage.logBytes += all.length - from;
        String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
        text.lines().flatMap(l -> EventLines.fields(l, EVENT).stream()).forEach(usage::add);
      }
    }
    return usage;
  }

  private void add(JsonNode n) {
    invocations++;
    dynamoRequests += n.path("dynamoRequests").asLong();
    readUnits += n.path("readUnits").asDouble();
    writeUnits += n.path("writeUnits").asDouble();
    reportedCalls += n.path("reportedCalls").asLong();
    sizedCalls += n.path("sizedCalls").asLong();
    floorReadUnits += n.path("floorReadUnits").asDouble();
    floorWriteUnits += n.path("floorWriteUnits").asLong();
    s3Gets += n.path("s3Gets").asLong();
    s3Puts += n.path("s3Puts").asLong();
    s3Others += n.path("s3Others").asLong();
    s3BytesIn += n.path("s3BytesIn").asLong();
    s3BytesOut += n.path("s3BytesOut").asLong();
    gbSeconds += n.path("memoryMb").asDouble() / 1024.0 * n.path("timedMs").asDouble() / 1000.0;
  }

  /** This part and another together. */
  Usage plus(Usage other) {
    Usage sum = new Usage();
    sum.invocations = invocations + other.invocations;
    sum.dynamoRequests = dynamoRequests + other.dynamoRequests;
    sum.readUnits = readUnits + other.readUnits;
    sum.writeUnits = writeUnits + other.writeUnits;
    sum.reportedCalls = reportedCalls + other.reportedCalls;
    sum.sizedCalls = sizedCalls + other.sizedCalls;
    sum.floorReadUnits = floorReadUnits + other.floorReadUnits;
    sum.floorWriteUnits = floorWriteUnits + other.floorWriteUnits;
    sum.s3Gets = s3Gets + other.s3Gets;
    sum.s3Puts = s3Puts + other.s3Puts;
    sum.s3Others = s3Others + other.s3Others;
    sum.s3BytesIn = s3BytesIn + other.s3BytesIn;
    sum.s3BytesOut = s3BytesOut + other.s3BytesOut;
    sum.gbSeconds = gbSeconds + other.gbSeconds;
    sum.logBytes = logBytes + other.logBytes;
    return sum;
  }

  /** Adds a floor worked out apart from the functions' counts (the confirmations'). */
  void addFloor(double readUnits, long writeUnits) {
    floorReadUnits += readUnits;
    floorWriteUnits += writeUnits;
  }

  double units() {
    return readUnits + writeUnits;
  }
}
