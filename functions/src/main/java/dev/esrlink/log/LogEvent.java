package dev.esrlink.log;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One structured log line: an event name and named fields. The fields go into the MDC for the one
 * call that logs the line (the name under {@value #NAME}, and as the message), so the JSON console
 * format writes them as one object under {@value #FIELDS}, escaped by the JSON writer whatever a
 * value holds. Values are written as text ({@code String.valueOf}); a null value leaves its field
 * out.
 *
 * <p>A field holds an id, a count, a status or a file name, never personal data (names, dates of
 * birth, NI or GMC numbers): CONTRIBUTING.md, and {@code PersonalDataTest} checks it.
 *
 * <pre>{@code
 * LogEvent.of("arrival.missing").with("lo", lo).with("type", type).info(LOG);
 * }</pre>
 */
public final class LogEvent {

  /** The field that holds the event's name. */
  public static final String NAME = "event";

  /**
   * Where a JSON log line holds the event's name and fields: the MDC object of the Quarkus JSON
   * format. Every value there is text, numbers too. Readers: the tests' {@code EventLine}, the
   * local command line's {@code EventLines}, the stack's metric filters ({@code $.mdc.event}).
   */
  public static final String FIELDS = "mdc";

  private final String name;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private LogEvent(String name) {
    this.name = name;
  }

  public static LogEvent of(String name) {
    return new LogEvent(name);
  }

  /** Adds a field; a null value adds nothing. */
  public LogEvent with(String field, Object value) {
    if (NAME.equals(field)) {
      throw new IllegalArgumentException("\"" + NAME + "\" is the event's name, not a field");
    }
    if (value != null) {
      fields.put(field, String.valueOf(value));
    }
    return this;
  }

  public void debug(Logger log) {
    log(log, Logger.Level.DEBUG, null);
  }

  public void info(Logger log) {
    log(log, Logger.Level.INFO, null);
  }

  public void warn(Logger log) {
    log(log, Logger.Level.WARN, null);
  }

  public void error(Logger log, Throwable cause) {
    log(log, Logger.Level.ERROR, cause);
  }

  /**
   * Logs the line with the fields in the MDC, then puts back what the MDC held under those keys
   * before, so nothing leaks into the thread's later lines.
   */
  private void log(Logger log, Logger.Level level, Throwable cause) {
    if (!log.isEnabled(level)) {
      return;
    }
    Map<String, Object> before = new HashMap<>();
    before.put(NAME, MDC.put(NAME, name));
    fields.forEach((field, value) -> before.put(field, MDC.put(field, value)));
    try {
      log.log(level, name, cause);
    } finally {
      before.forEach(
          (field, previous) -> {
            if (previous == null) {
              MDC.remove(field);
            } else {
              MDC.put(field, previous);
            }
          });
    }
  }
}
