package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.config.HubClock;
import dev.esrlink.config.TableConfig;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.store.ChangeWriter.Outcome;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * expiresAt on the real emulator: on every kind of item that holds personal data and on no other,
 * its value at the rule's edges (placement end before, on and after the write day), and its renewal
 * when a file carries an unchanged record after half the period.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class RetentionTest {
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final long DAYS_400 = 400L * 86_400;

  @Inject TableStore store;
  @Inject ChangeWriter writer;
  @Inject HubClock clock;
  @Inject IngestService ingest;
  @Inject DynamoDbClient dynamo;
  @Inject TableConfig table;

  private void at(Instant instant) {
    clock.set(Clock.fixed(instant, HubClock.LONDON));
  }

  @AfterEach
  void systemClock() {
    clock.set(Clock.system(HubClock.LONDON));
  }

  private long expiresAt(String pk, String sk) {
    return store.get(pk, sk).orElseThrow().number(Retention.EXPIRES_AT, -1);
  }

  @Test
  void everyKindHoldingPersonalDataExpiresFourHundredDaysAfterItsWriteAndNoOtherKindDoes() {
    at(NOW);
    List<String> personal =
        List.of("PER#RT1", "TRN#RT1", "PLC#RT1", "APP#RT1", "NOT#RT1", "REF#RT1", "LR#RT1");
    List<String> kept = List.of("POS#RT1", "POST#RT1", "FILE#b/RT1", "SNAP#RT1", "RT1#SEQ");
    assertThat(personal)
        .containsExactlyElementsOf(Retention.PERSONAL.stream().map(p -> p + "RT1").toList());
    for (String pk : personal) {
      store.put(Item.keyed(pk, "X").put(RecordItem.FIELD + "name", "value"));
      assertThat(expiresAt(pk, "X")).as(pk).isEqualTo(NOW.getEpochSecond() + DAYS_400);
    }
    for (String pk : kept) {
      store.put(Item.keyed(pk, "X").put(RecordItem.FIELD + "name", "value"));
      assertThat(expiresAt(pk, "X")).as(pk).isEqualTo(-1);
    }
    store.batchPut(List.of(Item.keyed("PER#RT2", "X"), Item.keyed("POS#RT2", "X")));
    assertThat(expiresAt("PER#RT2", "X")).isEqualTo(NOW.getEpochSecond() + DAYS_400);
    assertThat(expiresAt("POS#RT2", "X")).isEqualTo(-1);
    assertThat(store.putIfAbsent(Item.keyed("TRN#RT2", "X"))).isTrue();
    assertThat(expiresAt("TRN#RT2", "X")).isEqualTo(NOW.getEpochSecond() + DAYS_400);
  }

  @Test
  void aPlacementExpiresFourHundredDaysAfterTheLaterOfItsEndAndItsWrite() {
    at(NOW);
    LocalDate today = LocalDate.of(2026, 3, 2);
    long endOfToday = today.plusDays(1).atStartOfDay(HubClock.LONDON).toEpochSecond();
    Map<String, Long> expected =
        Map.of(
            "2027-08-03",
            LocalDate.of(2027, 8, 4).atStartOfDay(HubClock.LONDON).toEpochSecond() + DAYS_400,
            today.toString(),
            endOfToday + DAYS_400,
            today.minusDays(1).toString(),
            NOW.getEpochSecond() + DAYS_400,
            "not a date",
            NOW.getEpochSecond() + DAYS_400);
    expected.forEach(
        (end, value) -> {
          store.put(Item.keyed("PLC#RTE", end).put(RecordItem.FIELD + "endDate", end));
          assertThat(expiresAt("PLC#RTE", end)).as(end).isEqualTo(value);
        });
    store.put(Item.keyed("PLC#RTE", "none"));
    assertThat(expiresAt("PLC#RTE", "none")).isEqualTo(NOW.getEpochSecond() + DAYS_400);
  }

  @Test
  void anUnchangedRecordIsRewrittenOnlyOnceHalfItsPeriodHasPassed() {
    ChangeWriter.Merger asItIs = (candidate, stored) -> candidate;
    at(NOW);
    assertThat(writer.apply(List.of(person("20260302")), asItIs)).containsExactly(Outcome.WRITTEN);
    at(NOW.plusSeconds(200L * 86_400));
    assertThat(writer.apply(List.of(person("20260920")), asItIs))
        .containsExactly(Outcome.UNCHANGED);
    assertThat(expiresAt("PER#RTW", "PERS")).isEqualTo(NOW.getEpochSecond() + DAYS_400);
    Instant later = NOW.plusSeconds(200L * 86_400 + 1);
    at(later);
    assertThat(writer.apply(List.of(person("20260921")), asItIs)).containsExactly(Outcome.WRITTEN);
    assertThat(expiresAt("PER#RTW", "PERS")).isEqualTo(later.getEpochSecond() + DAYS_400);
  }

  private static Item person(String day) {
    return Item.keyed("PER#RTW", "PERS")
        .put(RecordItem.FIELD + "lastName", "unchanged")
        .put(RecordItem.SOURCE_ORDER, day + "090000#00000001")
        .put(RecordItem.SOURCE_FILE, "DE_EOE_RMF_" + day + "_00000001.DAT");
  }

  @Test
  void afterAnIngestEveryStoredItemHasExpiresAtExactlyWhenItHoldsPersonalData() {
    at(NOW);
    FileReport report =
        ingest.ingest(
            Hub.ESR_IN,
            put(
                "DE_WES_RMF_20260302_00000001.DAT",
                "HDR,RMF,WES,00000001,20260302090000",
                "POS,300001,,\"C\",\"P1\",\"Registrar\",\"800\",\"Surgery\",\"\","
                    + "\"WES/RTP00/010/STR/001\",\"WES\",\"RTP\",\"NHS\",\"MS02\",\"ST3\",\"\"",
                "PERS,910001,\"C\",\"Dr\",\"Test\",\"Person\",\"\",\"\",19900101,\"F\","
                    + "\"QQ123456C\",\"a@example.org\",\"\",\"07000000001\",\"\",\"\",20260301",
                "TRL,2"));
    // applied when this class runs alone; in the whole suite the table also holds what every
    // earlier test wrote (WES's sequence 1 may already be taken), which the scan checks as well
    assertThat(report.status).isIn("APPLIED", "QUARANTINED");
    int personal = 0;
    int others = 0;
    for (Map<String, AttributeValue> item :
        dynamo.scanPaginator(b -> b.tableName(table.name())).items()) {
      String pk = item.get(Item.PK).s();
      if (Retention.personal(pk)) {
        personal++;
        assertThat(item).as(pk).containsKey(Retention.EXPIRES_AT);
      } else {
        others++;
        assertThat(item).as(pk).doesNotContainKey(Retention.EXPIRES_AT);
      }
    }
    assertThat(personal).isPositive();
    assertThat(others).isPositive();
  }

  private static String put(String key, String... lines) {
    Hub.put(Hub.ESR_IN, key, lines);
    return key;
  }
}
