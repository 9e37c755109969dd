package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraAppTest {

  @Test
  void aMissingPackageFailsWithTheCommandThatBuildsIt() {
    assertThatThrownBy(() -> EsrLinkStack.requirePackage(Path.of("target/nowhere/function.zip")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("function.zip does not exist")
        .hasMessageContaining("./mvnw -q install -DskipTests -pl topology,functions");
  }

  @Test
  void mavenContextPairsBecomeContext() {
    assertThat(InfraApp.parsePairs("esrlink.schedule.APP=13:30, esrlink.alarmEmail=a@b.nhs.uk"))
        .isEqualTo(Map.of("esrlink.schedule.APP", "13:30", "esrlink.alarmEmail", "a@b.nhs.uk"));
    assertThat(InfraApp.parsePairs("")).isEmpty();
    assertThatThrownBy(() -> InfraApp.parsePairs("nonsense"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStackIsInLondonByDefaultAndReadsItsOverrides() {
    SynthesizedStack.template();
    var outputs = SynthesizedStack.json().get("Outputs");
    assertThat(outputs.toString()).contains("BucketEsrInbound", "FunctionExportToEsr", "Table");
    assertThat(InfraSettings.LOG_RETENTION_DAYS).contains(90);
  }
}
