package dev.esrlink.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Exports operate, as its Lambda's QUARKUS_FUNQY_EXPORT does; LDN's mass-deletion share is 50% (the
 * others keep the default 20%).
 */
public class OperateProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.funqy.export",
        "operate",
        "esrlink.rules.mass-deletion-percent-by-office",
        "LDN=50");
  }
}
