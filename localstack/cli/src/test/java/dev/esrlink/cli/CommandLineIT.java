package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.emulator.EmbeddedEmulators;
import dev.esrlink.emulator.EmulatorOptions;
import dev.esrlink.topology.Bucket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The launcher as a user runs it: what needs no function (usage, generate, pull, state). */
class CommandLineIT {

  @TempDir Path dir;

  @Test
  void usageErrorsExitWithTwoAndSayWhatToDo() throws Exception {
    assertThat(Cli.run(dir).exit()).isEqualTo(2);
    assertThat(Cli.run(dir, "frobnicate").exit()).isEqualTo(2);
    Cli.Result job = Cli.run(dir, "tick", "--job", "XYZ");
    assertThat(job.exit()).isEqualTo(2);
    assertThat(job.err()).contains("unknown job XYZ");
    Cli.Result clock = Cli.run(dir, "tick", "--clock", "yesterday");
    assertThat(clock.exit()).isEqualTo(2);
    assertThat(clock.err()).contains("--clock yesterday");
    assertThat(Cli.run(dir, "tick", "--mode", "EOE=HALF").exit()).isEqualTo(2);
    assertThat(Cli.run(dir, "tick", "--lo", "ABC").exit()).isEqualTo(2);
    Cli.Result missing = Cli.run(dir, "upload", "--state", "s", "DE_NOPE.DAT");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("DE_NOPE.DAT is not a readable file");
    assertThat(Cli.run(dir, "pull").exit()).as("pull without --out").isEqualTo(2);
    assertThat(Cli.run(dir, "generate", "--out", "g", "--trainees", "0").exit()).isEqualTo(2);
  }

  @Test
  void generateWritesTheSameSetForTheSameSeed() throws Exception {
    String[] args = {"--lo", "EOE", "--trainees", "30", "--seed", "4"};
    String clock = "--clock=2025-03-03T09:00:00Z";
    Cli.Result first = Cli.run(dir, concat("generate", "--out", "one", clock, args));
    Cli.Result second = Cli.run(dir, concat("generate", "--out", "two", clock, args));
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).isZero();
    assertThat(first.out()).contains("wrote 4 files");
    Path rmf = Path.of("DE_EOE_RMF_20250303_00000001.DAT");
    assertThat(Files.readAllBytes(dir.resolve("two").resolve(rmf)))
        .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(rmf)));
  }

  @Test
  void pullCopiesWhatTheStateFolderHolds() throws Exception {
    Path state = dir.resolve("state");
    try (EmbeddedEmulators emulators =
        EmbeddedEmulators.start(
            EmulatorOptions.persistentIn(state.resolve("emulators")).withS3MockJar(s3MockJar()))) {
      put(emulators, Bucket.OPERATIONS, "reports/DE_EOE_RMF_20250303_00000001.DAT.json", "{}");
      put(emulators, Bucket.OPERATIONS, "quarantine/bad name.DAT", "x");
      put(emulators, Bucket.ESR_OUTBOUND, "DE_EOE_RTC_20250303_00000001.DAT", "HDR");
      put(emulators, Bucket.LETB_OUTBOUND, "LETB_EOE_LOADRESULTS_20250303_000001.csv", "a");
      put(emulators, Bucket.OPERATIONS, "audit/2025/03/03/090000000-dnf-0a1b2c3d.json", "{}");
      put(
          emulators,
          Bucket.OPERATIONS,
          "dead-letters/exportToEsr/20250303T090000000Z-1.json",
          "{}");
    }
    Cli.Result pull = Cli.run(dir, "pull", "--state", "state", "--out", "out");
    assertThat(pull.exit()).as(pull.err()).isZero();
    assertThat(pull.out()).contains("pulled 6 files");
    Path out = dir.resolve("out");
    assertThat(out.resolve("reports/DE_EOE_RMF_20250303_00000001.DAT.json")).hasContent("{}");
    assertThat(out.resolve("quarantine/bad name.DAT")).hasContent("x");
    assertThat(out.resolve("audit/2025/03/03/090000000-dnf-0a1b2c3d.json")).hasContent("{}");
    assertThat(out.resolve("dead-letters/exportToEsr/20250303T090000000Z-1.json")).hasContent("{}");
    assertThat(out.resolve("esr-outbound/DE_EOE_RTC_20250303_00000001.DAT")).hasContent("HDR");
    assertThat(out.resolve("letb-outbound/LETB_EOE_LOADRESULTS_20250303_000001.csv"))
        .hasContent("a");
    assertThat(state.resolve("emulators/s3mock.pid")).doesNotExist();
  }

  private static void put(EmbeddedEmulators emulators, Bucket bucket, String key, String body) {
    emulators
        .s3()
        .putObject(r -> r.bucket(bucket.localName()).key(key), RequestBody.fromString(body));
  }

  static Path s3MockJar() {
    return Cli.launcher().getParent().resolve("emulators/target/s3mock/s3mock-exec.jar");
  }

  private static String[] concat(String a, String b, String c, String d, String... rest) {
    String[] all = new String[4 + rest.length];
    all[0] = a;
    all[1] = b;
    all[2] = c;
    all[3] = d;
    System.arraycopy(rest, 0, all, 4, rest.length);
    return all;
  }
}
