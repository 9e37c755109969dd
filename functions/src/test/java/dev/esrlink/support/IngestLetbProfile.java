package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Exports ingestLetbFile, as its Lambda's QUARKUS_FUNQY_EXPORT does. */
public class IngestLetbProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.funqy.export", "ingestLetbFile", "esrlink.mode.full-records", "EOE");
  }
}
