package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads a function's answer as JSON. */
final class JobRunnerJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JobRunnerJson() {}

  /** The answer as JSON; a text node when it is not JSON; null for an empty answer. */
  static JsonNode parse(String result) {
    if (result == null || result.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(result);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(result);
    }
  }
}
