package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {

  @Test
  void clockTakesZuluOrAnOffsetAndPassesItAsAnInstant() {
    FunctionOptions options = new FunctionOptions();
    options.clock = "2025-06-30T23:30:00+01:00";
    assertThat(options.environment())
        .containsEntry(FunctionOptions.CLOCK_VARIABLE, "2025-06-30T22:30:00Z");
    options.clock = "2025-06-30 23:30";
    assertThatThrownBy(options::instant).isInstanceOf(UsageError.class);
  }

  @Test
  void modesNameTheFullRecordOfficesAndTheLastWordWins() {
    FunctionOptions options = new FunctionOptions();
    options.modes.addAll(List.of("wes=full", "EOE=FULL", "WES=PART", "LDN=FULL"));
    assertThat(options.environment())
        .containsEntry(FunctionOptions.FULL_RECORDS_VARIABLE, "EOE,LDN")
        .doesNotContainKey(FunctionOptions.CLOCK_VARIABLE);
    options.modes.add("XYZ=FULL");
    assertThatThrownBy(options::fullRecordOffices).hasMessageContaining("unknown Local Office");
    options.modes.set(options.modes.size() - 1, "EOE=HALF");
    assertThatThrownBy(options::fullRecordOffices).isInstanceOf(UsageError.class);
  }

  @Test
  void tickRunsTheDailyJobsJobByJobAndDnfOnlyWhenNamed() {
    List<Schedule> events = Jobs.events(Jobs.selected(List.of()), List.of("EOE", "LDN"));
    assertThat(events)
        .extracting(Schedule::payloadJson)
        .containsExactly(
            "{\"job\":\"APP\",\"lo\":\"EOE\"}",
            "{\"job\":\"APP\",\"lo\":\"LDN\"}",
            "{\"job\":\"DNC\",\"lo\":\"EOE\"}",
            "{\"job\":\"DNC\",\"lo\":\"LDN\"}",
            "{\"job\":\"LETB\",\"lo\":\"EOE\"}",
            "{\"job\":\"LETB\",\"lo\":\"LDN\"}",
            "{\"job\":\"STATUS\",\"lo\":\"EOE\"}",
            "{\"job\":\"STATUS\",\"lo\":\"LDN\"}",
            "{\"job\":\"ARRIVALS\",\"lo\":\"EOE\"}",
            "{\"job\":\"ARRIVALS\",\"lo\":\"LDN\"}");
    assertThat(Jobs.events(Jobs.selected(List.of("dnf")), List.of("EOE")))
        .extracting(Schedule::function)
        .containsExactly(LambdaFunction.EXPORT_TO_ESR);
    assertThatThrownBy(() -> Jobs.selected(List.of("RTC"))).isInstanceOf(UsageError.class);
  }

  @Test
  void fileNamesSelectTheInboundBucket() {
    assertThat(FileUploader.bucketFor("LETB_EOE_POSTS_20250303_000001.csv"))
        .isEqualTo(Bucket.LETB_INBOUND);
    assertThat(FileUploader.bucketFor("DE_EOE_RMF_20250303_00000001.DAT"))
        .isEqualTo(Bucket.ESR_INBOUND);
    assertThat(FileUploader.bucketFor("notes from trust.txt")).isEqualTo(Bucket.ESR_INBOUND);
  }
}
