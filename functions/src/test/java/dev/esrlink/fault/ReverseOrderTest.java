package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Two RMC files of one Local Office whose events arrive in reverse order: the newer data wins, and
 * the older file's records are confirmed ACCEPTED "superseded" (rule 8). Local Office OXF.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ReverseOrderTest {
  static final String LO = "OXF";
  static final long FIRST = 5_200_000;

  @Inject HubClock clock;

  @Test
  void theNewerFileWinsWhenItsEventComesFirst() {
    clock.set(Clock.fixed(Instant.parse("2026-04-07T15:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    String older = Dat.name("RMC", LO, "20260407", 1);
    String newer = Dat.name("RMC", LO, "20260407", 2);
    List<String> olderRecords = new ArrayList<>(Dat.positions(LO, FIRST, 10, "Old Title"));
    olderRecords.addAll(Dat.positions(LO, FIRST + 10, 1, "Only In The Older File"));
    Dat.put(Hub.ESR_IN, older, Dat.file("RMC", LO, 1, "20260407080000", olderRecords));
    Dat.put(
        Hub.ESR_IN,
        newer,
        Dat.file("RMC", LO, 2, "20260407090000", Dat.positions(LO, FIRST, 10, "New Title")));

    assertThat(Dat.deliver(newer).statusCode()).isEqualTo(200);
    assertThat(Dat.deliver(older).statusCode()).isEqualTo(200);

    Map<String, Map<String, AttributeValue>> stored = Table.positions(FIRST, 11);
    assertThat(stored).hasSize(22);
    for (long id = FIRST; id < FIRST + 10; id++) {
      assertThat(Table.title(stored.get(id + "|POS"))).as("POS %d", id).isEqualTo("New Title");
      assertThat(Table.title(stored.get(id + "|POR"))).as("POR %d", id).isEqualTo("New Title");
      assertThat(stored.get(id + "|POS").get("sourceFile").s()).isEqualTo(newer);
    }
    assertThat(Table.title(stored.get((FIRST + 10) + "|POS"))).isEqualTo("Only In The Older File");

    List<String> rtcs = Dat.rtcsOf(LO, older);
    assertThat(rtcs).hasSize(1);
    List<String> rows = Hub.lines(Hub.ESR_OUT, rtcs.get(0));
    List<String> expected = new ArrayList<>();
    int line = 2;
    for (long id = FIRST; id < FIRST + 10; id++) {
      for (String type : new String[] {"POS", "POR"}) {
        expected.add(
            "RTC,\"%s\",%d,\"%s\",\"%d\",\"ACCEPTED\",\"superseded\""
                .formatted(older, line++, type, id));
      }
    }
    for (String type : new String[] {"POS", "POR"}) {
      expected.add(
          "RTC,\"%s\",%d,\"%s\",\"%d\",\"ACCEPTED\",".formatted(older, line++, type, FIRST + 10));
    }
    expected.add("TRL,22");
    assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(expected);

    JsonPath report = new JsonPath(Dat.report(older));
    assertThat(report.getString("status")).isEqualTo("APPLIED");
    assertThat(report.getInt("read")).isEqualTo(22);
    assertThat(report.getInt("applied")).isEqualTo(22);
    assertThat(report.getList("warnings", String.class))
        .contains("20 records superseded by newer data already held");
  }
}
