package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.topology.Schedule;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Delivers scheduled-job events to their functions, as EventBridge Scheduler does. */
final class JobRunner {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fields that repeat the event: the line's label already says them. */
  private static final java.util.Set<String> ECHOED = java.util.Set.of("job", "lo");

  private final FunctionRunner functions;
  private final Console console;

  JobRunner(FunctionRunner functions, Console console) {
    this.functions = functions;
    this.console = console;
  }

  /** Runs each event; prints a line for each that did something. True when none failed. */
  boolean runAll(List<Schedule> events) {
    boolean allRan = true;
    for (int i = 0; i < events.size(); i++) {
      Schedule event = events.get(i);
      console.progress("job " + (i + 1) + "/" + events.size() + " " + label(event));
      try {
        String summary = run(event);
        if (!summary.isEmpty()) {
          console.line(label(event) + "  " + summary);
        }
      } catch (HubFailure e) {
        console.error(label(event) + ": " + e.getMessage());
        allRan = false;
      }
    }
    console.clearLiveLine();
    return allRan;
  }

  /** Runs one job for one Local Office; returns a short summary of its answer. */
  String run(Schedule event) {
    return summarise(functions.invoke(event.function(), event.payloadJson()));
  }

  private static String label(Schedule event) {
    return event.job() + " " + event.localOffice();
  }

  /** The answer's scalar fields and list sizes, e.g. {@code file DE_EOE_APP_.. records 12}. */
  static String summarise(String result) {
    JsonNode answer;
    try {
      answer = JSON.readTree(result.isBlank() ? "null" : result);
    } catch (IOException e) {
      return result;
    }
    if (answer == null || answer.isNull()) {
      return "";
    }
    if (!answer.isObject()) {
      return answer.toString();
    }
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, JsonNode> field : answer.properties()) {
      JsonNode value = field.getValue();
      if (ECHOED.contains(field.getKey())
          || value.isNull()
          || (value.isContainerNode() && value.isEmpty())) {
        continue;
      }
      line.append(field.getKey()).append(' ');
      line.append(value.isArray() ? arrayText(value) : value.isObject() ? "{..}" : value.asText());
      line.append("  ");
    }
    return line.toString().trim();
  }

  private static String arrayText(JsonNode array) {
    boolean scalars = true;
    for (JsonNode item : array) {
      scalars &= item.isValueNode();
    }
    if (scalars && array.size() <= 4) {
      StringBuilder text = new StringBuilder();
      array.forEach(item -> text.append(text.length() == 0 ? "" : ",").append(item.asText()));
      return text.toString();
    }
    return "[" + array.size() + "]";
  }
}
