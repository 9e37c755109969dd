package dev.esrlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyTest {

  @Test
  void everyLocalOfficeHasEachDailyJobOnce() {
    assertThat(Topology.schedules()).hasSize(13 * 5);
    assertThat(Topology.schedules()).extracting(Schedule::name).doesNotHaveDuplicates();
  }

  @Test
  void scheduleTimesCanBeOverriddenPerJobAndPerOffice() {
    var schedules =
        Topology.schedules(Map.of("APP", LocalTime.of(13, 30), "APP.EOE", LocalTime.of(12, 0)));
    assertThat(schedules)
        .filteredOn(s -> s.job().equals("APP") && s.localOffice().equals("EOE"))
        .extracting(Schedule::cronExpression)
        .containsExactly("cron(0 12 * * ? *)");
    assertThat(schedules)
        .filteredOn(s -> s.job().equals("APP") && s.localOffice().equals("LDN"))
        .extracting(Schedule::cronExpression)
        .containsExactly("cron(30 13 * * ? *)");
  }

  @Test
  void theStatusPagesAreWrittenAfterTheDailyExports() {
    assertThat(Topology.DAILY_JOBS.keySet())
        .containsExactly("APP", "DNC", "LETB", "STATUS", "ARRIVALS");
    assertThat(Topology.DAILY_JOBS.get("STATUS")).isAfter(Topology.DAILY_JOBS.get("LETB"));
    assertThat(Topology.JOB_FUNCTION).containsEntry("STATUS", LambdaFunction.STATUS);
  }

  @Test
  void inboundBucketsFireTheirIngestFunctions() {
    assertThat(Topology.functionFor(Bucket.ESR_INBOUND, "DE_EOE_RMF_20260101_00000001.DAT"))
        .contains(LambdaFunction.INGEST_ESR_FILE);
    assertThat(Topology.functionFor(Bucket.LETB_INBOUND, "LETB_EOE_POSTS_20260101_000001.csv"))
        .contains(LambdaFunction.INGEST_LETB_FILE);
    assertThat(Topology.functionFor(Bucket.ESR_OUTBOUND, "x")).isEmpty();
  }
}
