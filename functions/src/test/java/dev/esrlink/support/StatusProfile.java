package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Exports the status function, as its Lambda's QUARKUS_FUNQY_EXPORT does; NTH in Full Records. */
public class StatusProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.funqy.export", "status", "esrlink.mode.full-records", "NTH");
  }
}
