package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real packaged functions driven through the launcher. Enabled by {@code
 * -Desrlink.e2e.functions=true} (the cli POM's {@code esrlink.e2e.functions} property).
 */
@EnabledIfSystemProperty(named = "esrlink.e2e.functions", matches = "true")
class EndToEndIT {

  private static final String DAY_ONE = "2025-03-03T09:00:00Z";
  private static final String DAY_TWO = "2025-03-04T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private List<String> files;

  @BeforeEach
  void generate() throws Exception {
    Cli.Result generated =
        Cli.run(
            dir, "generate", "--out", "in", "--lo", "EOE", "--trainees", "40", "--clock", DAY_ONE);
    assertThat(generated.exit()).as(generated.err()).isZero();
    try (Stream<Path> list = Files.list(dir.resolve("in"))) {
      files = list.map(p -> "in/" + p.getFileName()).sorted().toList();
    }
  }

  @Test
  void processAppliesEveryFileAndWritesTheOutboundFiles() throws Exception {
    Cli.Result process =
        Cli.run(
            dir,
            args(
                "process",
                "--state",
                "s",
                "--clock",
                DAY_ONE,
                "--mode",
                "EOE=FULL",
                "--out",
                "out"));
    assertThat(process.exit()).as(process.out() + process.err()).isZero();
    List<JsonNode> reports = reports(dir.resolve("out"));
    assertThat(reports).hasSize(4);
    for (JsonNode report : reports) {
      assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("APPLIED");
      assertThat(report.get("read").asLong())
          .isEqualTo(report.get("applied").asLong() + report.get("rejected").asLong());
    }
    assertThat(names(dir.resolve("out/esr-outbound")))
        .anyMatch(n -> n.startsWith("DE_EOE_RTC_20250303_"))
        .anyMatch(n -> n.startsWith("DE_EOE_APP_20250303_"));
    assertThat(names(dir.resolve("out/letb-outbound")))
        .anyMatch(n -> n.startsWith("LETB_EOE_RECONCILIATION_"));
  }

  @Test
  void aSecondDayContinuesTheWorldKeptInTheStateFolder() throws Exception {
    String rmf = files.get(0);
    assertThat(Cli.run(dir, args("upload", "--state", "s", "--clock", DAY_ONE)).exit()).isZero();
    Cli.Result again = Cli.run(dir, "upload", "--state", "s", "--clock", DAY_TWO, rmf);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Cli.run(dir, "pull", "--state", "s", "--out", "out").exit()).isZero();
    JsonNode report =
        JSON.readTree(
            dir.resolve("out/reports").resolve(Path.of(rmf).getFileName() + ".json").toFile());
    assertThat(report.get("deliveries").asInt()).isEqualTo(2);
  }

  @Test
  void theClockMovesTheNoticeWindow() throws Exception {
    Set<String> today = applicants("today", DAY_ONE);
    Set<String> later = applicants("later", "2025-05-12T09:00:00Z");
    assertThat(today).isNotEmpty();
    assertThat(later).isNotEqualTo(today);
  }

  @Test
  void aMisnamedFileIsQuarantinedAndTheCallStillSucceeds() throws Exception {
    Path odd = dir.resolve("trust notes.txt");
    Files.writeString(odd, "not an interface file\r\n");
    Cli.Result upload = Cli.run(dir, "upload", "--state", "s", "--clock", DAY_ONE, odd.toString());
    assertThat(upload.exit()).as(upload.err()).isZero();
    assertThat(upload.out()).contains("QUARANTINED");
    assertThat(Cli.run(dir, "pull", "--state", "s", "--out", "out").exit()).isZero();
    assertThat(dir.resolve("out/quarantine/trust notes.txt")).exists();
  }

  private Set<String> applicants(String state, String clock) throws Exception {
    Cli.Result process =
        Cli.run(dir, args("process", "--state", state, "--clock", clock, "--out", state + "-out"));
    assertThat(process.exit()).as(process.err()).isZero();
    Set<String> refs = new TreeSet<>();
    for (String name : names(dir.resolve(state + "-out/esr-outbound"))) {
      if (name.contains("_APP_")) {
        Files.readAllLines(dir.resolve(state + "-out/esr-outbound").resolve(name)).stream()
            .filter(l -> l.startsWith("APP,"))
            .forEach(l -> refs.add(l.split(",")[1]));
      }
    }
    return refs;
  }

  private String[] args(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(files);
    return all.toArray(String[]::new);
  }

  private static List<JsonNode> reports(Path out) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    for (String name : names(out.resolve("reports"))) {
      reports.add(JSON.readTree(out.resolve("reports").resolve(name).toFile()));
    }
    return reports;
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
