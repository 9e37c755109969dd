package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Exports exportToEsr, as its Lambda's QUARKUS_FUNQY_EXPORT does. */
public class ExportEsrProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.funqy.export", "exportToEsr", "esrlink.mode.full-records", "EOE");
  }
}
