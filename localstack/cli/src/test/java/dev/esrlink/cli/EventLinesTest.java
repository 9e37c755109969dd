package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The command line reads the functions' JSON log lines by event name, fields under "mdc". */
class EventLinesTest {
  /** A line as the functions write it (Quarkus JSON format, keys as application.properties). */
  static final String DONE =
      "{\"timestamp\":\"2026-12-05T11:14:22.166Z\",\"loggerName\":\"dev.esrlink.ingest.IngestService\","
          + "\"level\":\"INFO\",\"message\":\"file.done\",\"threadName\":\"main\",\"mdc\":{"
          + "\"status\":\"APPLIED\",\"ms\":\"1289\",\"event\":\"file.done\","
          + "\"file\":\"DE_\\\"x\\\"\\nEOE.DAT\",\"read\":\"120\",\"delivery\":\"PROCESS\"}}";

  @Test
  void theFieldsOfALineOfTheEventAreReadWithTheirNumbers() {
    JsonNode fields = EventLines.fields(DONE, "file.done").orElseThrow();
    assertThat(fields.path("read").asLong()).isEqualTo(120);
    assertThat(fields.path("file").asText()).isEqualTo("DE_\"x\"\nEOE.DAT");
    assertThat(fields.path("status").asText()).isEqualTo("APPLIED");
  }

  @Test
  void anotherEventAPlainLineOrBrokenJsonIsNoMatch() {
    assertThat(EventLines.fields(DONE, "file.quarantined")).isEmpty();
    assertThat(
            EventLines.fields("11:14:22 INFO [dev.esr.ing.IngestService] file.done", "file.done"))
        .isEmpty();
    assertThat(EventLines.fields("{\"message\":\"file.done\",\"mdc\":{}}", "file.done")).isEmpty();
    assertThat(EventLines.fields("{\"mdc\":{\"event\":\"file.done\"", "file.done")).isEmpty();
  }
}
