package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook's operator paths (docs/operations.md) through the launcher and the packaged
 * functions: a guard quarantine released, dead letters re-driven (twice), a file reprocessed, a DNF
 * requested; each checked in the files pulled and in its audit record.
 */
@EnabledIfSystemProperty(named = "esrlink.e2e.functions", matches = "true")
class OperationsIT {

  private static final String DAY_ONE = "2025-03-03T09:00:00Z";
  private static final String DAY_TWO = "2025-03-04T09:00:00Z";
  private static final String RMF_ONE = "DE_NTH_RMF_20250303_00000001.DAT";
  private static final String RMF_TWO = "DE_NTH_RMF_20250304_00000002.DAT";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = System.getProperty("user.name");

  @TempDir Path dir;

  @Test
  void aGuardQuarantineIsReleasedAndAnythingElseIsRefused() throws Exception {
    write(RMF_ONE, rmf(1, "20250303080000", 10));
    write(RMF_TWO, rmf(2, "20250304080000", 4));
    Cli.Result upload =
        Cli.run(dir, "upload", "--state", "s", "--clock", DAY_TWO, RMF_ONE, RMF_TWO);
    assertThat(upload.exit()).as(upload.err()).isZero();
    assertThat(upload.out()).contains(RMF_TWO + "  QUARANTINED");

    Cli.Result refused = release(RMF_ONE);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err())
        .contains(RMF_ONE + " is APPLIED, not quarantined: nothing to release");
    Cli.Result released = release(RMF_TWO);
    assertThat(released.exit()).as(released.err()).isZero();
    assertThat(released.out()).contains(RMF_TWO + "  APPLIED  read 4, applied 4");

    Path out = pull();
    JsonNode report = JSON.readTree(out.resolve("reports/" + RMF_TWO + ".json").toFile());
    assertThat(report.path("released").path("reason").asText())
        .isEqualTo("LO confirmed the closures");
    assertThat(report.path("previous").get(0).path("reason").asText())
        .isEqualTo("full file would delete 6 of 10 live positions, more than 20%");
    List<String> rtcs = names(out.resolve("esr-outbound"));
    assertThat(rtcs).hasSize(3);
    List<String> releaseRtc = lines(out.resolve("esr-outbound").resolve(rtcs.get(2)));
    assertThat(releaseRtc.get(1))
        .startsWith("RTC,\"" + RMF_TWO + "\",0,\"FILE\",,\"ACCEPTED\",\"released from the")
        .contains(DAY_TWO.replace("Z", ""));
    List<JsonNode> audit = audit(out);
    assertThat(audit).hasSize(2);
    assertThat(audit)
        .extracting(a -> a.path("outcome").asText() + " " + a.path("what").path("file").asText())
        .containsExactlyInAnyOrder("REFUSED " + RMF_ONE, "DONE " + RMF_TWO);
    assertThat(audit).allSatisfy(a -> assertThat(a.path("who").asText()).isEqualTo(USER));
    assertThat(audit).allSatisfy(a -> assertThat(a.path("when").asText()).isEqualTo(DAY_TWO));
  }

  @Test
  void deadLettersAreRedrivenOneByOneAndASecondRunChangesNothing() throws Exception {
    write(RMF_ONE, rmf(1, "20250303080000", 10));
    // a configuration the functions cannot start with: every event fails and is kept
    Map<String, String> broken = Map.of("ESRLINK_RULES_NOTICE_MIN_DAYS", "two");
    for (int i = 0; i < 2; i++) {
      Cli.Result failed =
          Cli.run(dir, broken, "upload", "--state", "s", "--clock", DAY_ONE, RMF_ONE);
      assertThat(failed.exit()).isEqualTo(1);
      assertThat(failed.err()).contains("event kept in dead-letters/ingestEsrFile/");
    }
    Cli.Result job =
        Cli.run(
            dir, broken, "tick", "--state", "s", "--clock", DAY_ONE, "--job", "APP", "--lo", "NTH");
    assertThat(job.exit()).isEqualTo(1);
    assertThat(job.err()).contains("event kept in dead-letters/exportToEsr/");

    Cli.Result first = redrive();
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            "DONE  ingestEsrFile  esrlink-esr-inbound/"
                + RMF_ONE
                + "  "
                + RMF_ONE
                + " APPLIED deliveries 1")
        .contains(
            "DONE  ingestEsrFile  esrlink-esr-inbound/"
                + RMF_ONE
                + "  "
                + RMF_ONE
                + " APPLIED deliveries 2")
        .contains("DONE  exportToEsr  APP NTH")
        .contains("3 of 3 dead letters delivered");
    Cli.Result second = redrive();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("no dead letters waiting");

    Path out = pull();
    assertThat(names(out.resolve("dead-letters/ingestEsrFile"))).isEmpty();
    JsonNode report = JSON.readTree(out.resolve("reports/" + RMF_ONE + ".json").toFile());
    assertThat(report.path("status").asText()).isEqualTo("APPLIED");
    assertThat(report.path("applied").asLong()).isEqualTo(10);
    assertThat(report.path("deliveries").asLong()).isEqualTo(2);
    assertThat(names(out.resolve("esr-outbound"))).hasSize(1);
    List<JsonNode> audit = audit(out);
    assertThat(audit)
        .extracting(a -> a.path("what").path("action").asText() + " " + a.path("redriven").size())
        .containsExactlyInAnyOrder("redrive 3", "redrive 0");
  }

  @Test
  void aReprocessedFileWritesAndSendsNothingTwiceAndADnfIsWrittenOnRequest() throws Exception {
    Cli.Result generated =
        Cli.run(
            dir, "generate", "--out", "in", "--lo", "EOE", "--trainees", "40", "--clock", DAY_ONE);
    assertThat(generated.exit()).as(generated.err()).isZero();
    List<String> files = new ArrayList<>();
    for (String name : names(dir.resolve("in"))) {
      files.add("in/" + name);
    }
    List<String> process =
        new ArrayList<>(
            List.of(
                "process",
                "--state",
                "s",
                "--clock",
                DAY_ONE,
                "--mode",
                "EOE=FULL",
                "--out",
                "o1"));
    process.addAll(files);
    Cli.Result processed = Cli.run(dir, process.toArray(String[]::new));
    assertThat(processed.exit()).as(processed.err()).isZero();
    Map<String, String> before = contents(dir.resolve("o1"));
    assertThat(before.keySet()).anyMatch(k -> k.contains("_APP_"));

    String rmf =
        names(dir.resolve("in")).stream()
            .filter(n -> n.contains("_RMF_"))
            .findFirst()
            .orElseThrow();
    String placements =
        names(dir.resolve("in")).stream()
            .filter(n -> n.contains("_PLACEMENTS_"))
            .findFirst()
            .orElseThrow();
    for (String name : List.of(rmf, placements)) {
      Cli.Result again =
          Cli.run(
              dir,
              "reprocess",
              "--state",
              "s",
              "--clock",
              DAY_ONE,
              "--mode",
              "EOE=FULL",
              "--reason",
              "fix deployed",
              name);
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.out()).contains(name + "  APPLIED");
    }
    String log = Files.readString(dir.resolve("s/logs/operate.log"), StandardCharsets.UTF_8);
    assertThat(
            log.lines()
                .flatMap(l -> EventLines.fields(l, "file.done").stream())
                .filter(e -> e.path("delivery").asText().equals("REPROCESS")))
        .hasSize(2)
        // no record item: the receipt taken and finished, and the source's newest-order mark
        .allSatisfy(e -> assertThat(e.path("itemWrites").asLong()).isEqualTo(3));
    Cli.Result tick =
        Cli.run(dir, "tick", "--state", "s", "--clock", DAY_ONE, "--mode", "EOE=FULL");
    assertThat(tick.exit()).as(tick.err()).isZero();
    Cli.Result dnf =
        Cli.run(
            dir,
            "dnf",
            "--state",
            "s",
            "--clock",
            DAY_ONE,
            "--mode",
            "EOE=FULL",
            "--reason",
            "ESR asked for a full file",
            "--lo",
            "EOE");
    assertThat(dnf.exit()).as(dnf.err()).isZero();
    assertThat(dnf.out()).contains("dnf  wrote DE_EOE_DNF_20250303_00000001.DAT");

    Path out = pull();
    Map<String, String> after = contents(out);
    assertThat(after.remove("esr-outbound/DE_EOE_DNF_20250303_00000001.DAT"))
        .startsWith("HDR,DNF,EOE,");
    // the same outbound files, byte for byte: nothing sent twice, no sequence taken
    assertThat(after).isEqualTo(before);
    List<JsonNode> audit = audit(out);
    assertThat(audit)
        .extracting(a -> a.path("what").path("action").asText() + " " + a.path("outcome").asText())
        .containsExactlyInAnyOrder("reprocess DONE", "reprocess DONE", "dnf DONE");
    assertThat(audit)
        .filteredOn(a -> a.path("what").path("action").asText().equals("dnf"))
        .extracting(a -> a.path("why").asText() + " " + a.path("what").path("lo").asText())
        .containsExactly("ESR asked for a full file EOE");
  }

  private Cli.Result release(String name) throws Exception {
    return Cli.run(
        dir,
        "release",
        "--state",
        "s",
        "--clock",
        DAY_TWO,
        "--reason",
        "LO confirmed the closures",
        name);
  }

  private Cli.Result redrive() throws Exception {
    return Cli.run(
        dir, "redrive", "--state", "s", "--clock", DAY_ONE, "--reason", "configuration fixed");
  }

  private Path pull() throws Exception {
    Path out = Files.createTempDirectory(dir, "out");
    Cli.Result pull = Cli.run(dir, "pull", "--state", "s", "--out", out.toString());
    assertThat(pull.exit()).as(pull.err()).isZero();
    return out;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String rmf(long seq, String created, int positions) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("HDR,RMF,NTH,%08d,%s\r\n", seq, created));
    for (int n = 1; n <= positions; n++) {
      text.append(
          String.format(
              "POS,%d,,\"C\",\"P%d\",\"Registrar\",\"800\",\"Surgery\",\"\",\"NTH/RTP00/001/STR/%03d\",\"NTH\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"\r\n",
              700_000 + n, n, n));
    }
    return text.append("TRL,").append(positions).append("\r\n").toString();
  }

  private static List<JsonNode> audit(Path out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    Path folder = out.resolve("audit");
    if (!Files.isDirectory(folder)) {
      return records;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        records.add(JSON.readTree(file.toFile()));
      }
    }
    return records;
  }

  /** Every outbound file pulled, by its path under the folder, with its text. */
  private static Map<String, String> contents(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String folder : List.of("esr-outbound", "letb-outbound")) {
      for (String name : names(out.resolve(folder))) {
        files.put(folder + "/" + name, Files.readString(out.resolve(folder).resolve(name)));
      }
    }
    return files;
  }

  private static List<String> lines(Path file) throws IOException {
    return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
  }

  private static List<String> names(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
