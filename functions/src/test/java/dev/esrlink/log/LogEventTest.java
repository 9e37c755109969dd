package dev.esrlink.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.support.EventLine;
import io.quarkus.logging.json.runtime.JsonFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link LogEvent} through JBoss Logging and the Quarkus JSON format the functions log with (the
 * build runs tests on JBoss LogManager, as Quarkus does): one JSON object per line, the event and
 * its fields under {@value LogEvent#FIELDS}, whatever a value holds.
 */
class LogEventTest {
  static final String CATEGORY = "dev.esrlink.log.LogEventTest";
  static final Logger LOG = Logger.getLogger(CATEGORY);
  static final ObjectMapper JSON = new ObjectMapper();

  /** What the console handler would write, text as is. */
  static final class Written extends Handler {
    final JsonFormatter format = new JsonFormatter();
    final StringBuilder text = new StringBuilder();

    @Override
    public void publish(LogRecord record) {
      text.append(format.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  final Written written = new Written();
  final java.util.logging.Logger jul = java.util.logging.Logger.getLogger(CATEGORY);

  @BeforeEach
  void attach() {
    jul.addHandler(written);
    jul.setUseParentHandlers(false);
    jul.setLevel(Level.INFO);
  }

  @AfterEach
  void detach() {
    jul.removeHandler(written);
  }

  List<String> lines() {
    return new ArrayList<>(written.text.toString().lines().toList());
  }

  @Test
  void anEventIsOneJsonLineWithItsNameAndFieldsUnderMdc() throws Exception {
    LogEvent.of("file.done")
        .with("file", "DE_EOE_RMC_20260302_00000012.DAT")
        .with("read", 120)
        .with("units", 8.5)
        .with("retried", false)
        .info(LOG);

    assertThat(written.text.toString()).endsWith("\n");
    assertThat(lines()).hasSize(1);
    JsonNode line = JSON.readTree(lines().get(0));
    assertThat(line.path("message").asText()).isEqualTo("file.done");
    assertThat(line.path("level").asText()).isEqualTo("INFO");
    JsonNode fields = line.path(LogEvent.FIELDS);
    assertThat(fields.path("event").asText()).isEqualTo("file.done");
    assertThat(fields.path("file").asText()).isEqualTo("DE_EOE_RMC_20260302_00000012.DAT");

    EventLine event = EventLine.parse(lines().get(0)).orElseThrow();
    assertThat(event.name()).isEqualTo("file.done");
    assertThat(event.number("read")).isEqualTo(120);
    assertThat(event.decimal("units")).isEqualTo(8.5);
    assertThat(event.text("retried")).isEqualTo("false");
    assertThat(EventLine.parse(lines().get(0), "file.quarantined")).isEmpty();
  }

  @Test
  void quotesBackslashesAndLineBreaksInAValueStayInOneValidLine() {
    String hostile = "in/\"x\"\\y\r\nDE_EOE_RMC\u2028{\"event\":\"forged\"}\t%s %d {0}";
    LogEvent.of("file.quarantined")
        .with("file", hostile)
        .with("reason", "line 1\nline 2")
        .warn(LOG);

    assertThat(lines()).hasSize(1);
    EventLine event = EventLine.parse(lines().get(0)).orElseThrow();
    assertThat(event.name()).isEqualTo("file.quarantined");
    assertThat(event.text("file")).isEqualTo(hostile);
    assertThat(event.text("reason")).isEqualTo("line 1\nline 2");
  }

  @Test
  void anErrorCarriesItsExceptionChainOnTheSameLine() {
    LogEvent.of("record.failed")
        .with("record", 2)
        .error(LOG, new IllegalStateException("outer", new RuntimeException("inner\ncause")));

    assertThat(lines()).hasSize(1);
    assertThat(lines().get(0)).contains("outer", "inner\\ncause");
    assertThat(EventLine.parse(lines().get(0)).orElseThrow().number("record")).isEqualTo(2);
  }

  @Test
  void theThreadsMdcIsAsBeforeAfterTheLineAndANullFieldIsLeftOut() {
    MDC.put("file", "kept");
    try {
      LogEvent.of("status.written").with("file", "other").with("audit", null).info(LOG);
      assertThat(MDC.get("file")).isEqualTo("kept");
      assertThat(MDC.get(LogEvent.NAME)).isNull();
    } finally {
      MDC.remove("file");
    }
    EventLine event = EventLine.parse(lines().get(0)).orElseThrow();
    assertThat(event.text("file")).isEqualTo("other");
    assertThat(event.has("audit")).isFalse();
  }

  @Test
  void aLevelNotEnabledWritesNothingAndTheNameIsNoField() {
    LogEvent.of("sequence.moved").with("attempt", 2).debug(LOG);
    assertThat(written.text).isEmpty();
    assertThatThrownBy(() -> LogEvent.of("x").with(LogEvent.NAME, "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineThatIsNoEventIsNoEventLine() {
    assertThat(EventLine.parse("12:00:01 INFO [io.quarkus] started")).isEmpty();
    assertThat(EventLine.parse("{\"message\":\"x\",\"mdc\":{}}")).isEmpty();
    assertThat(EventLine.parse("{not json")).isEmpty();
  }
}
