package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Per Local Office: files read, records applied / rejected, what went out, from pulled files. */
final class DemoSummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path out;
  private final Console console;

  DemoSummary(Path out, Console console) {
    this.out = out;
    this.console = console;
  }

  void print(List<String> offices, List<String> fullRecords) {
    console.line("");
    for (String lo : offices) {
      String mode = fullRecords.contains(lo) ? "Full Records" : "Part Records";
      console.line(lo + " (" + mode + ")");
      console.line("  " + inbound(lo));
      console.line("  " + outbound(lo, "esr-outbound", "APP", "applicants"));
      console.line("  " + outbound(lo, "esr-outbound", "DNC", "notifications"));
      console.line("  " + reconciliation(lo));
    }
  }

  private String inbound(String lo) {
    long files = 0;
    long quarantined = 0;
    long read = 0;
    long applied = 0;
    long rejected = 0;
    for (Path report : files("reports", lo)) {
      JsonNode json = readJson(report);
      files++;
      quarantined += "QUARANTINED".equals(json.path("status").asText()) ? 1 : 0;
      read += json.path("read").asLong();
      applied += json.path("applied").asLong();
      rejected += json.path("rejected").asLong();
    }
    return files
        + " files read ("
        + quarantined
        + " quarantined): "
        + read
        + " records, "
        + applied
        + " applied, "
        + rejected
        + " rejected";
  }

  private String outbound(String lo, String folder, String type, String what) {
    List<Path> written = files(folder, lo).stream().filter(p -> isType(p, type)).toList();
    long records = written.stream().mapToLong(DemoSummary::datRecords).sum();
    return what + ": " + records + " in " + written.size() + " " + type + " file(s)";
  }

  private String reconciliation(String lo) {
    List<Path> files =
        files("letb-outbound", lo).stream().filter(p -> isType(p, "RECONCILIATION")).toList();
    if (files.isEmpty()) {
      long letb = files("letb-outbound", lo).size();
      return "posts: no RECONCILIATION file (" + letb + " file(s) to the LETB)";
    }
    long matched = 0;
    long unmatched = 0;
    for (Path file : files) {
      for (String line : lines(file)) {
        matched += line.contains(",MATCHED,") ? 1 : 0;
        unmatched += line.contains(",UNMATCHED_POST,") ? 1 : 0;
      }
    }
    return "posts: " + matched + " position matches, " + unmatched + " posts unmatched";
  }

  private static boolean isType(Path file, String type) {
    return file.getFileName().toString().contains("_" + type + "_");
  }

  private List<Path> files(String folder, String lo) {
    Path dir = out.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().contains("_" + lo + "_")).toList();
    } catch (IOException e) {
      throw new HubFailure("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Data records of a DAT file: lines other than HDR and TRL. */
  private static long datRecords(Path file) {
    return lines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("HDR") && !l.startsWith("TRL"))
        .count();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new HubFailure("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new HubFailure("cannot read report " + file + ": " + e.getMessage(), e);
    }
  }
}
