package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
import dev.esrlink.export.EsrExportService;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Export runs twice a day, and runs that fail half way (rule 9): no applicant or notification goes
 * to ESR twice, and the sequences of every outbound file of the Local Office are 1..n. OXF.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class ExportFaultTest {
  static final String LO = "OXF";
  static final long FIRST = 5_210_000;
  static final String DAY = "20260409";

  @Inject IngestService ingest;
  @Inject EsrExportService esr;
  @Inject HubClock clock;

  @AfterEach
  void tearDown() {
    FaultInjector.reset();
  }

  void upload(String bucket, String key, String... lines) {
    Hub.put(bucket, key, lines);
    assertThat(ingest.ingest(bucket, key).status).isEqualTo("APPLIED");
  }

  void placement(int n) {
    upload(
        Hub.LETB_IN,
        "LETB_OXF_PLACEMENTS_%s_%06d.csv".formatted(DAY, n),
        "placementId,traineeId,tpn,startDate,endDate,wte,grade,placementType,status",
        "PLOXF%d,TOXF%d,%s,2026-05-0%d,2027-05-01,1,ST3,IN_POST,APPROVED"
            .formatted(n, n, Dat.tpn(LO, FIRST + n - 1), n));
  }

  /**
   * The run's close (the record of a finished run) fails once: the file is written, not recorded.
   */
  static Predicate<SdkRequest> closing(String type) {
    return r ->
        r instanceof PutItemRequest put
            && put.item().get("PK").s().equals("RUN#" + LO + "#" + type)
            && !put.item().get("SK").s().equals("OPEN");
  }

  @Test
  void exportsRunTwiceOrFailingHalfWaySendNothingTwiceAndSkipNoSequence() {
    clock.set(Clock.fixed(Instant.parse("2026-04-09T12:00:00Z"), HubClock.LONDON));
    FaultInjector.reset();
    upload(
        Hub.ESR_IN,
        Dat.name("RMC", LO, DAY, 5),
        Dat.file("RMC", LO, 5, DAY + "080000", Dat.positions(LO, FIRST, 4, "Registrar"))
            .split("\r\n"));
    List<String> posts = new ArrayList<>(List.of("tpn,status"));
    List<String> trainees =
        new ArrayList<>(
            List.of(
                "traineeId,gmcNumber,title,lastName,firstName,dateOfBirth,niNumber,line1,town,postcode"));
    for (int n = 1; n <= 4; n++) {
      posts.add(Dat.tpn(LO, FIRST + n - 1) + ",CURRENT");
      trainees.add("TOXF%d,760000%d,Dr,Surname,Given,1990-01-0%d,,,,".formatted(n, n, n));
    }
    upload(Hub.LETB_IN, "LETB_OXF_POSTS_" + DAY + "_000001.csv", posts.toArray(String[]::new));
    upload(
        Hub.LETB_IN, "LETB_OXF_TRAINEES_" + DAY + "_000001.csv", trainees.toArray(String[]::new));

    // run 1, then the same job again the same day: nothing new
    placement(1);
    assertThat(esr.applicants(LO)).contains(app(1));
    assertThat(esr.applicants(LO)).isEmpty();

    // run 2 fails after writing its file, before recording it: the rerun rewrites that file
    placement(2);
    FaultInjector.failOnce(closing("APP"), () -> SdkClientException.create("injected: timeout"));
    assertThatThrownBy(() -> esr.applicants(LO)).isInstanceOf(SdkClientException.class);
    assertThat(Hub.keys(Hub.ESR_OUT, app(2))).hasSize(1);
    assertThat(esr.applicants(LO)).contains(app(2));
    assertThat(esr.applicants(LO)).isEmpty();

    // run 3 fails after taking its sequence, before claiming its applicants
    placement(3);
    FaultInjector.failOnce(
        r ->
            r instanceof BatchWriteItemRequest batch
                && batch.requestItems().values().stream()
                    .flatMap(List::stream)
                    .anyMatch(
                        w ->
                            w.putRequest() != null
                                && w.putRequest().item().get("PK").s().equals("APP#PLOXF3")),
        () -> SdkClientException.create("injected: timeout"));
    assertThatThrownBy(() -> esr.applicants(LO)).isInstanceOf(SdkClientException.class);
    assertThat(esr.applicants(LO)).contains(app(3));
    assertThat(esr.applicants(LO)).isEmpty();

    // the notifications: a DNC that fails after writing is rewritten, not repeated
    FaultInjector.failOnce(closing("DNC"), () -> SdkClientException.create("injected: timeout"));
    assertThatThrownBy(() -> esr.notifications(LO)).isInstanceOf(SdkClientException.class);
    String dnc = esr.notifications(LO).orElseThrow();
    assertThat(dnc).isEqualTo("DE_OXF_DNC_%s_00000001.DAT".formatted(DAY));
    assertThat(esr.notifications(LO)).isEmpty();

    List<String> appRows = rows("APP");
    assertThat(appRows).hasSize(3).doesNotHaveDuplicates();
    assertThat(appRows).anyMatch(r -> r.contains("PLOXF1")).anyMatch(r -> r.contains("PLOXF3"));
    assertThat(rows("DNC")).hasSize(3).doesNotHaveDuplicates();
    for (String type : List.of("APP", "DNC", "RTC")) {
      assertThat(sequences(type))
          .as("sequences of the %s files of %s", type, LO)
          .containsExactlyElementsOf(
              LongStream.rangeClosed(1, sequences(type).size()).boxed().toList());
    }
  }

  static String app(long seq) {
    return "DE_OXF_APP_%s_%08d.DAT".formatted(DAY, seq);
  }

  /** The data rows of every outbound file of a type: each row once across all files. */
  static List<String> rows(String type) {
    List<String> rows = new ArrayList<>();
    for (String key : Hub.keys(Hub.ESR_OUT, "DE_OXF_" + type + "_")) {
      List<String> lines = Hub.lines(Hub.ESR_OUT, key);
      lines.subList(1, lines.size() - 1).forEach(l -> rows.add(l.substring(0, l.indexOf(',', 5))));
    }
    return rows;
  }

  static List<Long> sequences(String type) {
    return Hub.keys(Hub.ESR_OUT, "DE_OXF_" + type + "_").stream()
        .map(k -> Long.parseLong(k.substring(k.lastIndexOf('_') + 1, k.indexOf(".DAT"))))
        .sorted()
        .toList();
  }
}
