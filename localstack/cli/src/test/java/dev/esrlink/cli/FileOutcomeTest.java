package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The line the CLI prints for a file says what happened to the object uploaded. */
class FileOutcomeTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAME = "DE_EOE_RMC_20260301_00000001.DAT";

  static JsonNode report(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void aDifferentObjectUnderAnAppliedNameIsShownAsAConflictNotAsApplied() throws Exception {
    JsonNode report =
        report(
            "{\"file\":\""
                + NAME
                + "\",\"status\":\"APPLIED\",\"read\":3,\"applied\":3,\"rejected\":0,"
                + "\"conflicts\":[{\"sha256\":\"bb\",\"reason\":\"a different object under a name"
                + " already applied; copied to quarantine/"
                + NAME
                + ".conflict-1\"}]}");

    String conflict = FileOutcome.of(NAME, report, "bb").summary();
    assertThat(conflict)
        .startsWith(NAME + "  CONFLICT")
        .contains("copied to quarantine/" + NAME + ".conflict-1")
        .doesNotContain("APPLIED");

    // the applied object itself, delivered again: still APPLIED with its counts
    assertThat(FileOutcome.of(NAME, report, "aa").summary())
        .startsWith(NAME + "  APPLIED  read 3, applied 3, rejected 0");
  }
}
