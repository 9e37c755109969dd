package dev.esrlink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} at a tiny size through the launcher: it runs every part and ends with the one
 * {@code bench:} line holding every key. The figures themselves mean nothing at this size; the
 * benchmark proper never runs in the build (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "esrlink.e2e.functions", matches = "true")
class BenchSmokeIT {

  @TempDir Path dir;

  @Test
  void aSmallRunEndsWithTheBenchLine() throws Exception {
    Path launcher = Path.of(System.getProperty("esrlink.launcher")).toAbsolutePath();
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash", launcher.toString(), "bench", "--trainees", "130", "--work", "work")
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("AWS_ENDPOINT_URL");
    Process process = builder.start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("bench finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith("bench: ");
    for (String key : BenchCommand.KEYS) {
      assertThat(last).contains(" " + key + "=");
    }
    assertThat(last).doesNotContain("=n/a");
    assertThat(last).containsPattern(" ingest_vs_floor_rounds=[0-9.]+/[0-9.]+/[0-9.]+ ");
    assertThat(last).containsPattern(" ingest_vs_compare_floor=[0-9.]+ compare_floor_ms=[0-9]+ ");
    assertThat(lines).anyMatch(l -> l.startsWith("bench: round DE_"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("bench: N: ingest + LETB files") && l.contains("DNC"));
    assertThat(lines.stream().filter(l -> l.startsWith("bench: heap DE_"))).hasSize(3);
    assertThat(last).containsPattern(" heap_statuses=APPLIED/APPLIED/APPLIED( |$)");
  }
}
