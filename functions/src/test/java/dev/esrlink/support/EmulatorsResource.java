package dev.esrlink.support;

import dev.esrlink.emulator.EmbeddedEmulators;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands the shared emulators (started once per test JVM, surviving the Quarkus restarts between
 * test profiles) to Quarkus as endpoint overrides.
 */
public class EmulatorsResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    EmbeddedEmulators emulators = EmbeddedEmulators.shared();
    Map<String, String> config = new HashMap<>();
    for (String service : new String[] {"s3", "dynamodb"}) {
      String prefix = "quarkus." + service + ".";
      config.put(prefix + "aws.region", "eu-west-2");
      config.put(prefix + "aws.credentials.type", "static");
      config.put(prefix + "aws.credentials.static-provider.access-key-id", "test");
      config.put(prefix + "aws.credentials.static-provider.secret-access-key", "test");
    }
    config.put("quarkus.s3.endpoint-override", emulators.s3Endpoint().toString());
    config.put("quarkus.s3.path-style-access", "true");
    config.put("quarkus.dynamodb.endpoint-override", emulators.dynamoDbEndpoint().toString());
    return config;
  }

  @Override
  public void stop() {
    // the emulators are shared by every test class and stop with the JVM (shutdown hook)
  }
}
