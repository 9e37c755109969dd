package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Exports exportToLetb, as its Lambda's QUARKUS_FUNQY_EXPORT does. */
public class ExportLetbProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.funqy.export", "exportToLetb", "esrlink.mode.full-records", "EOE");
  }
}
