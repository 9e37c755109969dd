package dev.esrlink.support;

import io.quarkus.logging.json.runtime.JsonFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log lines of some loggers while a test runs, each as the JSON line the functions write (the
 * Quarkus JSON format the console uses, so an event's fields are in it as deployed). Attached to
 * the root logger from {@link #start} to {@link #close}.
 */
public final class LogCapture extends Handler implements AutoCloseable {
  private final JsonFormatter json = new JsonFormatter();
  private final String prefix;

  /** Every captured line, in order, without its line end. */
  public final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private LogCapture(String prefix) {
    this.prefix = prefix;
  }

  /** Captures the loggers whose names start with {@code prefix} ("" for all). */
  public static LogCapture start(String prefix) {
    LogCapture capture = new LogCapture(prefix);
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLoggerName() != null && record.getLoggerName().startsWith(prefix)) {
      lines.add(json.format(record).stripTrailing());
    }
  }

  /** The captured events of this name, in order. */
  public List<EventLine> events(String name) {
    synchronized (lines) {
      return lines.stream().flatMap(l -> EventLine.parse(l, name).stream()).toList();
    }
  }

  public void clear() {
    lines.clear();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
