package dev.esrlink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.store.SentApplicants.SentApplicant;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sent applicant keeps the dates ESR was last told of as {@code notifiedStart}/{@code
 * notifiedEnd}; an item stored with the older names {@code notStart}/{@code notEnd} reads the same,
 * and is rewritten with the new names only.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class SentApplicantsTest {
  @Inject TableStore store;
  @Inject SentApplicants sent;

  @Test
  void anItemInTheOlderShapeReadsItsDatesAndIsRewrittenInTheNewOne() {
    store.put(
        Item.keyed("APP#SAOLD1", "POS#9001")
            .put("LOPK", "SA1#APP")
            .put("LOSK", "SAOLD1#9001")
            .put("ref", "ASAOLD1-9001")
            .put("status", "SENT")
            .put("seq", 3)
            .put("sentIn", "DE_SA1_APP_20260401_00000003.DAT")
            .put("placementId", "SAOLD1")
            .put("tpn", "SA1/RTH01/001/STR/001")
            .put("notStart", "2026-06-01")
            .put("notEnd", "2027-05-31")
            .put("row.applicantRef", "ASAOLD1-9001"));

    SentApplicant old = sent.ofOffice("SA1").get(0);
    assertThat(old.placementId()).isEqualTo("SAOLD1");
    assertThat(old.positionId()).isEqualTo("9001");
    assertThat(old.sequence()).isEqualTo(3);
    assertThat(old.notifiedStart()).isEqualTo("2026-06-01");
    assertThat(old.notifiedEnd()).isEqualTo("2027-05-31");
    assertThat(old.row()).isEqualTo(Map.of("applicantRef", "ASAOLD1-9001"));
    assertThat(sent.storeKeys("SA1")).containsExactly("APP#SAOLD1|POS#9001");

    sent.putAll(List.of(old.renotified(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30))));

    Item stored = store.get("APP#SAOLD1", "POS#9001").orElseThrow();
    assertThat(stored.string("notifiedStart")).isEqualTo("2026-07-01");
    assertThat(stored.string("notifiedEnd")).isEqualTo("2027-06-30");
    assertThat(stored.string("notStart")).isNull();
    assertThat(stored.string("notEnd")).isNull();
    assertThat(stored.string("sentIn")).isEqualTo("DE_SA1_APP_20260401_00000003.DAT");
    assertThat(sent.ofOffice("SA1").get(0).notifiedStart()).isEqualTo("2026-07-01");
  }
}
