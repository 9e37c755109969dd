package dev.esrlink.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed without its shutdown hook leaves S3Mock running; the next start stops it. */
class StaleS3MockTest {

  @Test
  void nextStartStopsTheS3MockOfAKilledJvm(@TempDir Path state) throws Exception {
    Process holder = startHolder(state);
    long orphan;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.startsWith("READY ")) {
        line = out.readLine();
      }
      assertThat(line).as("holder output").startsWith("READY ");
      orphan = Long.parseLong(line.substring("READY ".length()));
    }
    holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).hasValue(true);
    assertThat(state.resolve("s3mock.pid")).exists();

    try (EmbeddedEmulators next = EmbeddedEmulators.start(EmulatorOptions.ephemeralIn(state))) {
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(Files.readString(state.resolve("s3mock.pid"))).startsWith(next.s3MockPid() + " ");
    } finally {
      ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static Process startHolder(Path state) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-D"
                + EmulatorOptions.S3MOCK_JAR_PROPERTY
                + "="
                + System.getProperty(EmulatorOptions.S3MOCK_JAR_PROPERTY),
            HoldEmulators.class.getName(),
            state.toString());
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
