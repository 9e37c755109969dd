package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esrlink.topology.LambdaFunction;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * An operator's request to the operations function ({@code operate}), invoked as on AWS: {@code
 * release}, {@code redrive}, {@code reprocess} and {@code dnf} build it, this sends it and prints
 * the answer. Refused or failed: the reason on standard error and exit status 1.
 */
final class OperatorCall {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code --reason} and {@code --operator}, shared by the operator commands. */
  static final class Who {
    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        required = true,
        description = "Why (kept in the audit record; no personal data).")
    String reason;

    @Option(
        names = "--operator",
        paramLabel = "NAME",
        description = "Who asks, for the audit record (default: the local user name).")
    String operator;

    String operator() {
      return operator != null && !operator.isBlank()
          ? operator.strip()
          : System.getProperty("user.name", "unknown");
    }
  }

  private OperatorCall() {}

  /** A request for {@code action} from {@code who}. */
  static ObjectNode request(String action, Who who) {
    ObjectNode request = JSON.createObjectNode();
    request.put("action", action);
    request.put("operator", who.operator());
    request.put("reason", who.reason);
    return request;
  }

  /** Sends the request on a stack of its own; prints the answer; returns the exit status. */
  static int run(
      Optional<java.nio.file.Path> state,
      FunctionOptions options,
      ObjectNode request,
      Console console) {
    try (Stack stack = Stack.open(state, options, List.of(LambdaFunction.OPERATE))) {
      String answer = stack.functions().invoke(LambdaFunction.OPERATE, request.toString());
      return print(parse(answer), console);
    }
  }

  static int print(JsonNode answer, Console console) {
    String outcome = answer.path("outcome").asText();
    for (JsonNode letter : answer.path("redriven")) {
      String line =
          letter.path("outcome").asText()
              + "  "
              + letter.path("function").asText()
              + "  "
              + letter.path("event").asText()
              + "  "
              + letter.path("detail").asText();
      if (letter.path("outcome").asText().equals("DONE")) {
        console.line(line.strip());
      } else {
        console.error(line.strip());
      }
    }
    JsonNode report = answer.path("report");
    if (report.isObject()) {
      console.line(FileOutcome.of(report.path("file").asText(), report).summary());
    }
    String action = answer.path("action").asText();
    if (!outcome.equals("DONE")) {
      console.error(action + " " + outcome + ": " + answer.path("message").asText());
      console.line("audit " + answer.path("audit").asText());
      return EsrLinkLocal.HUB_FAILED;
    }
    if (!report.isObject()) {
      console.line(action + "  " + answer.path("message").asText());
    }
    console.line("audit " + answer.path("audit").asText());
    return EsrLinkLocal.OK;
  }

  private static JsonNode parse(String answer) {
    try {
      return JSON.readTree(answer);
    } catch (IOException e) {
      throw new HubFailure("the operations function's answer is not JSON: " + answer, e);
    }
  }
}
