package dev.esrlink.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer of {@code explain} for a placement, trainee, TPN or inbound file: the chain of steps
 * the hub took, what is still to happen and when, and (for a trainee or TPN) the chain of each of
 * its placements.
 *
 * @param subject placement, trainee, tpn or file
 * @param stage for a placement, its {@link Stage}; else null
 * @param next what is still to happen, in words
 * @param nextRun when the scheduled run that does it fires (ISO-8601, Europe/London), if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "subject",
  "id",
  "lo",
  "today",
  "stage",
  "stageLabel",
  "steps",
  "next",
  "nextRun",
  "parts"
})
public record Explanation(
    String subject,
    String id,
    String lo,
    String today,
    Stage stage,
    List<Step> steps,
    String next,
    String nextRun,
    List<Explanation> parts) {

  @JsonProperty("stageLabel")
  public String stageLabel() {
    return stage == null ? null : stage.label();
  }
}
