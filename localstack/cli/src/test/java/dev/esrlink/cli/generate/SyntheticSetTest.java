package dev.esrlink.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.cli.generate.SyntheticSet.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticSetTest {

  private static final Instant CLOCK = Instant.parse("2025-03-03T09:00:00Z");

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
    List<GeneratedFile> first = generate(dir.resolve("a"), 1);
    List<GeneratedFile> again = generate(dir.resolve("b"), 1);
    List<GeneratedFile> other = generate(dir.resolve("c"), 2);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(again.get(i).path()))
          .isEqualTo(Files.readAllBytes(first.get(i).path()));
    }
    assertThat(Files.readAllBytes(other.get(2).path()))
        .isNotEqualTo(Files.readAllBytes(first.get(2).path()));
  }

  @Test
  void writesFourFilesPerOfficeNamedAsTheSpecSays(@TempDir Path dir) {
    assertThat(generate(dir, 7))
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly(
            "DE_EOE_RMF_20250303_00000001.DAT",
            "LETB_EOE_POSTS_20250303_000001.csv",
            "LETB_EOE_TRAINEES_20250303_000001.csv",
            "LETB_EOE_PLACEMENTS_20250303_000001.csv",
            "DE_WES_RMF_20250303_00000001.DAT",
            "LETB_WES_POSTS_20250303_000001.csv",
            "LETB_WES_TRAINEES_20250303_000001.csv",
            "LETB_WES_PLACEMENTS_20250303_000001.csv");
  }

  @Test
  void datFilesHaveHeaderAndTrailerCountingTheirRecords(@TempDir Path dir) throws IOException {
    GeneratedFile rmf = generate(dir, 3).get(0);
    List<String> lines = Files.readAllLines(rmf.path(), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("HDR,RMF,EOE,00000001,20250303090000");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("TRL," + (lines.size() - 2));
    assertThat(rmf.records()).isEqualTo(lines.size() - 2);
    assertThat(lines).anyMatch(l -> l.startsWith("POR,") && l.contains(",HOST,"));
    assertThat(lines).anyMatch(l -> l.startsWith("PBD,") && l.contains("GMC,"));
    assertThat(Files.readString(rmf.path())).contains("\r\n").doesNotContain("\n\n");
  }

  @Test
  void peopleAreInventedWithSevenDigitUniqueGmcNumbers(@TempDir Path dir) throws IOException {
    List<GeneratedFile> files = generate(dir, 5);
    Set<String> gmc = new HashSet<>();
    int trainees = 0;
    for (GeneratedFile file : files) {
      if (!file.path().getFileName().toString().contains("TRAINEES")) {
        continue;
      }
      List<String> lines = Files.readAllLines(file.path());
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        trainees++;
        if (cells[2].matches("\\d{7}")) {
          assertThat(gmc.add(cells[2])).as("unique GMC " + cells[2]).isTrue();
        }
        assertThat(cells[11]).startsWith("QQ");
      }
    }
    assertThat(trainees).isEqualTo(200);
    assertThat(gmc.size()).isGreaterThan(180);
  }

  @Test
  void placementsRotateEveryTraineeAndSomeFallInTheNoticeWindow(@TempDir Path dir)
      throws IOException {
    GeneratedFile placements = generate(dir, 1).get(3);
    List<String> rows = Files.readAllLines(placements.path());
    assertThat(rows).hasSize(1 + 2 * 100);
    long dueSoon =
        rows.stream()
            .skip(1)
            .map(r -> r.split(",", -1)[4])
            .filter(d -> d.compareTo("2025-03-05") >= 0 && d.compareTo("2025-06-02") <= 0)
            .count();
    assertThat(dueSoon).isGreaterThan(10);
  }

  /**
   * The bytes of a generated set, as digests: a change to how the files are written (the writer,
   * quoting, line ends) shows here, not only in their shape.
   */
  @Test
  void theBytesOfASeededSetStayTheSame(@TempDir Path dir) throws Exception {
    Map<String, String> digests = new LinkedHashMap<>();
    for (GeneratedFile file : generate(dir, 11)) {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file.path()));
      digests.put(file.path().getFileName().toString(), HexFormat.of().formatHex(sha));
    }
    assertThat(digests).isEqualTo(GOLDEN);
  }

  /** Seed 11, two offices, 200 trainees, as written by this version. */
  private static final Map<String, String> GOLDEN = new LinkedHashMap<>();

  static {
    GOLDEN.put(
        "DE_EOE_RMF_20250303_00000001.DAT",
        "80599730622e87c1f57b45218c908b340b6b97dc79208f518a3b56ee6e6c7a12");
    GOLDEN.put(
        "DE_WES_RMF_20250303_00000001.DAT",
        "e48c9ebc4b1d8c2e325380a5084678db71f680914320a50f21e0479ec8c667f9");
    GOLDEN.put(
        "LETB_EOE_PLACEMENTS_20250303_000001.csv",
        "3a4219ea33fe620e4bd809c15a4f2178259174fdb0b9dee5f25e5cec605feb3e");
    GOLDEN.put(
        "LETB_EOE_POSTS_20250303_000001.csv",
        "0bee6efb5493c8fc1e261ea79d5e259eb1f625f1a19f7c1d1eb55006d565e093");
    GOLDEN.put(
        "LETB_EOE_TRAINEES_20250303_000001.csv",
        "f12330a9c97a81f336e06914a3aaa829ad288c87476678418d83c034f9e057fc");
    GOLDEN.put(
        "LETB_WES_PLACEMENTS_20250303_000001.csv",
        "8dc2798585412de190255b739284c6d1de390906b91248214e0ba9716cd81d42");
    GOLDEN.put(
        "LETB_WES_POSTS_20250303_000001.csv",
        "628224bcec47ada3f85e64976b8899a167d97bc56e5135483be82a2a2b9a91c3");
    GOLDEN.put(
        "LETB_WES_TRAINEES_20250303_000001.csv",
        "f6e025a144be83d1ada7b4416f3e3a77ac23ac1ac3317cd9bac796bf95b2f24b");
  }

  private static List<GeneratedFile> generate(Path dir, long seed) {
    return new SyntheticSet(seed, CLOCK).write(dir, List.of("EOE", "WES"), 200, n -> {});
  }
}
