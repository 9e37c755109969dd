package dev.esrlink.explain;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One decision of the hub: the question it answered, its answer ({@code yes}, {@code no}, {@code
 * not yet}, or {@code -} when the question does not arise) and the facts it answered from
 * (identifiers, dates, files; never personal data).
 */
@JsonPropertyOrder({"step", "question", "answer", "facts"})
public record Step(String step, String question, String answer, Map<String, String> facts) {

  public static Step of(String step, String question, String answer) {
    return new Step(step, question, answer, new LinkedHashMap<>());
  }

  /** Adds a fact, unless its value is null. */
  public Step fact(String name, Object value) {
    if (value != null) {
      facts.put(name, value.toString());
    }
    return this;
  }
}
