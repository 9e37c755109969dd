package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the launcher: personal data where the reader reports on a value (a TRL
 * count, a record type, a column line with an unclosed quote) never reaches standard output or
 * standard error, and a different object under an applied name prints CONFLICT.
 */
class HostileInputIT {
  static final String CLOCK = "2026-04-12T12:00:00Z";
  static final List<String> PERSONAL =
      List.of("Zebedee", "Quixotic", "QQ123456C", "QQ654321C", "19870314", "1987-03-14");

  @TempDir Path dir;

  Path write(String folder, String name, String... lines) throws Exception {
    Path file = dir.resolve(folder).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void hostileInputLeavesNoPersonalDataOnTheConsoleAndAConflictSaysSo() throws Exception {
    String rmc = "DE_MER_RMC_20260412_00000001.DAT";
    Path unknown =
        write(
            "a",
            rmc,
            "HDR,RMC,MER,00000001,20260412060000",
            "QQ123456C,19870314,\"Quixotic\"",
            "TRL,1");
    Path trl =
        write(
            "a",
            "DE_MER_RMC_20260412_00000002.DAT",
            "HDR,RMC,MER,00000002,20260412070000",
            "TRL,QQ654321C");
    Path columns =
        write(
            "a",
            "LETB_MER_TRAINEES_20260412_000001.csv",
            "traineeId,\"lastName,firstName,dateOfBirth",
            "TMER1,Quixotic,Zebedee,1987-03-14");
    Cli.Result first =
        Cli.run(
            dir,
            "upload",
            "--state",
            "s",
            "--clock",
            CLOCK,
            unknown.toString(),
            trl.toString(),
            columns.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(rmc + "  APPLIED  read 1, applied 0, rejected 1")
        .contains("TRL count is not a number")
        .contains("is not closed by the end of the file");

    Path different = write("b", rmc, "HDR,RMC,MER,00000001,20260412060000", "QQ654321C,1", "TRL,1");
    Cli.Result second =
        Cli.run(dir, "upload", "--state", "s", "--clock", CLOCK, different.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains(rmc + "  CONFLICT").doesNotContain("APPLIED");

    for (Cli.Result result : List.of(first, second)) {
      for (String personal : PERSONAL) {
        assertThat(result.out()).as("stdout").doesNotContain(personal);
        assertThat(result.err()).as("stderr").doesNotContain(personal);
      }
    }
  }
}
