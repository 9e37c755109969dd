package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.LambdaFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchivesTest {

  @TempDir Path dir;

  private Path jar(String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[] {1, 2, 3});
  }

  @Test
  void firstLaunchRecordsThenTheRecordingIsMappedByTheNext() throws IOException {
    List<Path> classpath = List.of(jar("functions.jar"), jar("cli.jar"));
    ClassArchives archives = ClassArchives.in(dir.resolve("cds"));

    ClassArchives.Launch first = archives.launch(LambdaFunction.INGEST_ESR_FILE, classpath);
    assertThat(first.records()).isTrue();
    assertThat(archives.has(LambdaFunction.INGEST_ESR_FILE, classpath)).isFalse();
    assertThat(first.options()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
    Files.write(first.recording(), new byte[] {42});
    first.finish(0);

    ClassArchives.Launch next = archives.launch(LambdaFunction.INGEST_ESR_FILE, classpath);
    assertThat(next.records()).isFalse();
    assertThat(archives.has(LambdaFunction.INGEST_ESR_FILE, classpath)).isTrue();
    assertThat(archives.has(LambdaFunction.OPERATE, classpath)).isFalse();
    assertThat(next.options()).containsExactly("-XX:SharedArchiveFile=" + first.archive());
    assertThat(first.recording()).doesNotExist();
  }

  @Test
  void aFailedRecordingIsDroppedAndARebuildRecordsAnewAndRemovesTheStaleArchive()
      throws IOException {
    Path functions = jar("functions.jar");
    List<Path> classpath = List.of(functions);
    ClassArchives archives = ClassArchives.in(dir.resolve("cds"));

    ClassArchives.Launch failed = archives.launch(LambdaFunction.EXPORT_TO_ESR, classpath);
    Files.write(failed.recording(), new byte[] {42});
    failed.finish(1);
    assertThat(failed.recording()).doesNotExist();
    assertThat(failed.archive()).doesNotExist();

    ClassArchives.Launch built = archives.launch(LambdaFunction.EXPORT_TO_ESR, classpath);
    Files.write(built.recording(), new byte[] {42});
    built.finish(0);
    Files.setLastModifiedTime(functions, FileTime.fromMillis(0));

    ClassArchives.Launch rebuilt = archives.launch(LambdaFunction.EXPORT_TO_ESR, classpath);
    assertThat(rebuilt.records()).isTrue();
    Files.write(rebuilt.recording(), new byte[] {42});
    rebuilt.finish(0);
    assertThat(rebuilt.archive()).exists();
    assertThat(built.archive()).doesNotExist();
  }

  @Test
  void offMeansNoArchiveOption() throws IOException {
    assertThat(
            ClassArchives.off()
                .launch(LambdaFunction.INGEST_LETB_FILE, List.of(jar("f.jar")))
                .options())
        .isEmpty();
  }
}
