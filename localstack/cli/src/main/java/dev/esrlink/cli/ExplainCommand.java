package dev.esrlink.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esrlink.topology.LambdaFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains why a placement, a trainee's placements, a TPN or an inbound file stands where it"
          + " does: the chain of decisions the hub made, the facts behind each, and what is still"
          + " to happen and when. Reads only."
    })
final class ExplainCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin StateOption state;
  @Mixin FunctionOptions functionOptions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  /** Exactly one subject. */
  static final class Subject {
    @Option(names = "--placement", paramLabel = "ID", description = "A placement id.")
    String placement;

    @Option(names = "--trainee", paramLabel = "ID", description = "A trainee id.")
    String trainee;

    @Option(names = "--tpn", paramLabel = "TPN", description = "A Training Post Number.")
    String tpn;

    @Option(names = "--file", paramLabel = "NAME", description = "An inbound file name.")
    String file;
  }

  @Option(names = "--json", description = "The answer as JSON, for tools.")
  boolean json;

  @Override
  public Integer call() {
    functionOptions.fullRecordOffices();
    ObjectNode event = JSON.createObjectNode();
    if (subject.placement != null) {
      event.put("placement", subject.placement);
    } else if (subject.trainee != null) {
      event.put("trainee", subject.trainee);
    } else if (subject.tpn != null) {
      event.put("tpn", subject.tpn);
    } else {
      event.put("file", subject.file);
    }
    Console console = Console.system();
    try (Stack stack =
        Stack.open(state.directory(), functionOptions, List.of(LambdaFunction.STATUS))) {
      JsonNode answer =
          JobRunnerJson.parse(stack.functions().invoke(LambdaFunction.STATUS, event.toString()));
      JsonNode explanation = answer == null ? null : answer.get("explanation");
      if (explanation == null) {
        throw new HubFailure("the status function gave no explanation");
      }
      if (json) {
        console.line(pretty(explanation));
      } else {
        print(explanation, "", console);
      }
    }
    return EsrLinkLocal.OK;
  }

  /** The explanation as lines for people: heading, numbered steps with their facts, next. */
  static void print(JsonNode e, String indent, Console console) {
    StringBuilder head =
        new StringBuilder(indent + e.path("subject").asText() + " " + e.path("id").asText());
    if (e.hasNonNull("lo")) {
      head.append(" (").append(e.get("lo").asText()).append(")");
    }
    if (e.hasNonNull("today")) {
      head.append(", today ").append(e.get("today").asText());
    }
    if (e.hasNonNull("stageLabel")) {
      head.append(": ").append(e.get("stageLabel").asText());
    }
    console.line(head.toString());
    int n = 1;
    for (JsonNode step : e.path("steps")) {
      console.line(
          indent
              + "  "
              + n++
              + ". "
              + step.path("question").asText()
              + "  "
              + step.path("answer").asText());
      for (Map.Entry<String, JsonNode> fact : step.path("facts").properties()) {
        console.line(indent + "       " + fact.getKey() + ": " + fact.getValue().asText());
      }
    }
    String next = e.path("next").asText();
    console.line(
        indent
            + "  next: "
            + next
            + (e.hasNonNull("nextRun") ? " (" + e.get("nextRun").asText() + ")" : ""));
    for (JsonNode part : e.path("parts")) {
      console.line("");
      print(part, indent + "  ", console);
    }
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new HubFailure("the explanation cannot be printed", e);
    }
  }
}
