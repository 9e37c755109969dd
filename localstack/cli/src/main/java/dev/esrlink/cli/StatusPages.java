package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esrlink.topology.LambdaFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Has the status function write the status pages (as its schedule does on AWS) and copies them from
 * the operations bucket into a local folder.
 */
final class StatusPages {
  static final String INDEX = "index.html";

  private StatusPages() {}

  /** Writes the pages of the office given (every office when empty) and the index. */
  static int write(Stack stack, Optional<String> lo, Path folder, Console console) {
    String event =
        lo.map(o -> "{\"job\":\"STATUS\",\"lo\":\"" + o.toUpperCase(Locale.ROOT) + "\"}")
            .orElse("{\"job\":\"STATUS\"}");
    JsonNode answer = JobRunnerJson.parse(stack.functions().invoke(LambdaFunction.STATUS, event));
    if (answer == null || !answer.path("pages").isArray()) {
      throw new HubFailure("the status function wrote no pages");
    }
    return new OutboundPuller(stack.s3(), console).pullStatus(folder);
  }

  /** The Local Office an inbound file name names, if any. */
  static Optional<String> officeOf(String name) {
    String[] parts = name.split("_");
    return parts.length > 2 && List.of("DE", "LETB").contains(parts[0])
        ? Optional.of(parts[1].toUpperCase(Locale.ROOT))
            .filter(dev.esrlink.topology.Topology.LOCAL_OFFICES::contains)
        : Optional.empty();
  }
}
