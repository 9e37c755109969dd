package dev.esrlink.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.log.LogEvent;
import java.util.Optional;

/**
 * A {@link LogEvent} as read back from a JSON log line: the line is one JSON object, and the
 * event's name and fields are the object under {@value LogEvent#FIELDS} (the MDC as the JSON
 * console format writes it). Every field is text there, numbers too: {@link #number} and {@link
 * #decimal} read them.
 */
public record EventLine(String name, JsonNode fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The event of a log line; empty for a line that is not JSON or holds no event. */
  public static Optional<EventLine> parse(String line) {
    String text = line.strip();
    if (!text.startsWith("{")) {
      return Optional.empty();
    }
    JsonNode fields;
    try {
      fields = JSON.readTree(text).path(LogEvent.FIELDS);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    JsonNode name = fields.path(LogEvent.NAME);
    return name.isTextual() ? Optional.of(new EventLine(name.asText(), fields)) : Optional.empty();
  }

  /** The event of a log line if it is the one named. */
  public static Optional<EventLine> parse(String line, String name) {
    return parse(line).filter(e -> e.name().equals(name));
  }

  public boolean has(String field) {
    return fields.hasNonNull(field);
  }

  /** A field's text, or null when the line has no such field. */
  public String text(String field) {
    JsonNode value = fields.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A whole-number field; 0 when absent. */
  public long number(String field) {
    return fields.path(field).asLong();
  }

  /** A decimal field; 0 when absent. */
  public double decimal(String field) {
    return fields.path(field).asDouble();
  }
}
