package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Exports ingestEsrFile, as its Lambda's QUARKUS_FUNQY_EXPORT does. */
public class IngestEsrProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.funqy.export", "ingestEsrFile");
  }
}
