package dev.esrlink.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.esrlink.config.HubClock;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.IngestService;
import dev.esrlink.support.EmulatorsResource;
import dev.esrlink.support.Hub;
import dev.esrlink.support.IngestEsrProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A function dies half way through a large file; the retry finishes it. The crashed file (Local
 * Office PEN) must end exactly as the same file processed cleanly (Local Office SEV, same records
 * with the ids shifted): the same RTC rows, the same report, every item written once.
 */
@QuarkusTest
@TestProfile(IngestEsrProfile.class)
@QuarkusTestResource(value = EmulatorsResource.class, restrictToAnnotatedClass = false)
class CrashMidFileTest {
  static final int POSITIONS = 1000;
  static final int FAILING_BATCH = 40; // 39 batches of 25 items are written first
  static final long CRASHED_BASE = 5_300_000;
  static final long CLEAN_BASE = 5_400_000;
  static final String T0 = "2026-04-08T12:00:00Z";

  /** Stands for the process being killed: not an exception the function catches. */
  static class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("injected: the process was killed");
    }
  }

  @Inject IngestService ingest;
  @Inject HubClock clock;

  @BeforeEach
  void setUp() {
    at(T0);
    FaultInjector.reset();
  }

  @AfterEach
  void tearDown() {
    FaultInjector.reset();
  }

  void at(String instant) {
    clock.set(Clock.fixed(Instant.parse(instant), HubClock.LONDON));
  }

  /** 1000 positions (2000 records) with three records rejected on the way. */
  static List<String> records(String lo, long base) {
    List<String> records = new ArrayList<>(Dat.positions(lo, base, POSITIONS, "Registrar"));
    records.set(7, records.get(7).replace("\"" + lo + "/RTP00", "\"EOE/RTP00"));
    records.set(1201, records.get(1201).replace(",96,", ",ABC,"));
    records.set(1998, "POS,notanumber,,\"C\"");
    return records;
  }

  @Test
  void aThrownErrorHalfWayIsFinishedByTheRetry() {
    String clean = Dat.name("RMC", "SEV", "20260408", 1);
    String crashed = Dat.name("RMC", "PEN", "20260408", 1);
    Dat.put(
        Hub.ESR_IN, clean, Dat.file("RMC", "SEV", 1, "20260408090000", records("SEV", CLEAN_BASE)));
    Dat.put(
        Hub.ESR_IN,
        crashed,
        Dat.file("RMC", "PEN", 1, "20260408090000", records("PEN", CRASHED_BASE)));
    assertThat(Dat.deliver(clean).statusCode()).isEqualTo(200);
    FaultInjector.reset();
    FaultInjector.failOnBatchWrite(
        FAILING_BATCH, () -> SdkClientException.create("injected: connection reset"));

    Response dying = Dat.deliver(crashed);

    assertThat(dying.statusCode()).isNotEqualTo(200);
    assertThat(FaultInjector.writesByKey().size())
        .as("items written before the crash")
        .isBetween(500, 1500);
    Response retry = Dat.deliver(crashed);
    assertThat(retry.statusCode()).isEqualTo(200);

    assertSameAsClean(clean, crashed);
  }

  @Test
  void aKilledProcessIsTakenOverWhenItsLeaseRunsOut() {
    String clean = Dat.name("RMC", "SEV", "20260408", 2);
    String crashed = Dat.name("RMC", "PEN", "20260408", 2);
    Dat.put(
        Hub.ESR_IN,
        clean,
        Dat.file("RMC", "SEV", 2, "20260408100000", records("SEV", CLEAN_BASE + 5000)));
    Dat.put(
        Hub.ESR_IN,
        crashed,
        Dat.file("RMC", "PEN", 2, "20260408100000", records("PEN", CRASHED_BASE + 5000)));
    ingest.ingest(Hub.ESR_IN, clean);
    FaultInjector.reset();
    FaultInjector.failOnBatchWrite(FAILING_BATCH, Killed::new);

    assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, crashed)).isInstanceOf(Killed.class);
    // Lambda's retry within the lease: another invocation still holds the file; retried later
    assertThatThrownBy(() -> ingest.ingest(Hub.ESR_IN, crashed))
        .isInstanceOf(EsrLinkException.class)
        .hasMessageContaining("being processed");
    at("2026-04-08T12:02:01Z");
    FileReport report = ingest.ingest(Hub.ESR_IN, crashed);
    assertThat(report.status).isEqualTo("APPLIED");

    assertSameAsClean(clean, crashed);
  }

  void assertSameAsClean(String clean, String crashed) {
    FaultInjector.assertEachWrittenOnce(2 * POSITIONS - 3);
    List<String> cleanRtcs = Dat.rtcsOf("SEV", clean);
    List<String> crashedRtcs = Dat.rtcsOf("PEN", crashed);
    assertThat(cleanRtcs).hasSize(1);
    assertThat(crashedRtcs).hasSize(1);
    List<String> cleanRows = normalise(Hub.lines(Hub.ESR_OUT, cleanRtcs.get(0)), "SEV", clean);
    List<String> crashedRows =
        normalise(Hub.lines(Hub.ESR_OUT, crashedRtcs.get(0)), "PEN", crashed);
    assertThat(crashedRows).hasSize(2 * POSITIONS + 2).containsExactlyElementsOf(cleanRows);
    assertThat(crashedRows.get(0)).startsWith("HDR,RTC,LO,");
    assertThat(crashedRows.get(crashedRows.size() - 1)).isEqualTo("TRL,2000");
    assertThat(normalise(List.of(Dat.report(crashed)), "PEN", crashed))
        .containsExactlyElementsOf(normalise(List.of(Dat.report(clean)), "SEV", clean));
    assertThat(new io.restassured.path.json.JsonPath(Dat.report(crashed)).getInt("applied"))
        .isEqualTo(1997);
  }

  private static final Pattern ID = Pattern.compile("\\b5[34]0\\d{4}\\b");
  private static final Pattern CREATED = Pattern.compile("^(HDR,RTC,LO,\\d+),\\d{14}$");

  /** Local Office, file name and ids made neutral; the RTC's creation time dropped. */
  static List<String> normalise(List<String> lines, String lo, String name) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String text = line.replace(name, "FILE").replace(lo, "LO");
      Matcher ids = ID.matcher(text);
      StringBuilder shifted = new StringBuilder();
      while (ids.find()) {
        ids.appendReplacement(shifted, "ID" + (Long.parseLong(ids.group()) % 100_000));
      }
      ids.appendTail(shifted);
      out.add(CREATED.matcher(shifted.toString()).replaceFirst("$1"));
    }
    return out;
  }
}
