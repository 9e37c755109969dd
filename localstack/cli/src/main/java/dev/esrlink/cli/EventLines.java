package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.log.LogEvent;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the functions' JSON log lines ({@code dev.esrlink.log.LogEvent}, docs/operations.md): one
 * JSON object a line, the event's name and fields in the object under {@code mdc}, every value as
 * text ({@code asLong()} and {@code asDouble()} read the numbers). Any other line is passed over.
 *
 * <p>{@link LogEvent#FIELDS} and {@link LogEvent#NAME} are constants, compiled into this class: the
 * command line's own JVM does not have the functions jar on its classpath.
 */
public final class EventLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventLines() {}

  /** The fields of a log line of this event (the name among them); empty for any other line. */
  public static Optional<JsonNode> fields(String line, String event) {
    String text = line.strip();
    if (!text.startsWith("{") || !text.contains(event)) {
      return Optional.empty();
    }
    JsonNode fields;
    try {
      fields = JSON.readTree(text).path(LogEvent.FIELDS);
    } catch (IOException e) {
      return Optional.empty();
    }
    return event.equals(fields.path(LogEvent.NAME).asText())
        ? Optional.of(fields)
        : Optional.empty();
  }
}
