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
  void theStackIsInLondonByDefaultAndPublishesItsNames() {
    String template = SynthesizedStack.json().toString();
    assertThat(template).contains("s3.eu-west-2.amazonaws.com", "cdk-hnb659fds-assets-");
    assertThat(((Map<?, ?>) SynthesizedStack.json().get("Outputs")).keySet().toString())
        .contains("BucketEsrInbound", "FunctionExportToEsr", "Table", "AlarmTopic");
  }

  @Test
  void logRetentionMustBeAValueCloudWatchAccepts() {
    var app = InfraApp.app("target/unused", Map.of("esrlink.logRetentionDays", "100"));
    assertThatThrownBy(() -> InfraSettings.from(app.getNode()))
        .hasMessageContaining("esrlink.logRetentionDays=100");
  }
}
