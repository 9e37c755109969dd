package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
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
  void theStagePrefixesTheStackNameAndEveryNamedResource() {
    assertThat(SynthesizedStack.stack().getStackName()).isEqualTo("test-EsrLink");
    SynthesizedStack.template()
        .hasResourceProperties("AWS::KMS::Alias", Map.of("AliasName", "alias/test-esrlink"));
    SynthesizedStack.template()
        .hasResourceProperties("AWS::Scheduler::ScheduleGroup", Map.of("Name", "test-esrlink"));
    // every resource with an explicit name carries the stage
    Map<String, String> nameProperties =
        Map.of(
            "AWS::KMS::Alias", "AliasName",
            "AWS::Scheduler::ScheduleGroup", "Name",
            "AWS::Scheduler::Schedule", "Name",
            "AWS::Scheduler::Schedule.GroupName", "GroupName");
    nameProperties.forEach(
        (type, property) ->
            SynthesizedStack.resources(type.replaceAll("\\..*", ""))
                .values()
                .forEach(
                    r ->
                        assertThat((String) SynthesizedStack.properties(r).get(property))
                            .matches("(alias/)?test-.*")));
    var defaults = InfraApp.app("target/unused", Map.of());
    assertThat(InfraSettings.from(defaults.getNode()).stackName()).isEqualTo("dev-EsrLink");
  }

  @Test
  void aStageIsShortLowerCaseLettersAndDigits() {
    for (String bad : List.of("Test", "1st", "prod-eu", "averyverylongstage")) {
      var app = InfraApp.app("target/unused", Map.of("esrlink.stage", bad));
      assertThatThrownBy(() -> InfraSettings.from(app.getNode()))
          .hasMessageContaining("esrlink.stage=" + bad);
    }
  }

  @Test
  void logRetentionMustBeAValueCloudWatchAccepts() {
    var app = InfraApp.app("target/unused", Map.of("esrlink.logRetentionDays", "100"));
    assertThatThrownBy(() -> InfraSettings.from(app.getNode()))
        .hasMessageContaining("esrlink.logRetentionDays=100");
  }
}
