package dev.esrlink.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * Synthesizes the ESR Link stack. Run by Maven in the package phase with {@code
 * esrlink.functionZip} and {@code esrlink.cdkOut} as absolute paths; every other {@code
 * -Desrlink.*} system property becomes CDK context (as does {@code -c} when the CDK CLI runs this
 * app through infra/cdk.json).
 */
public final class InfraApp {

  public static final String FUNCTION_ZIP = "esrlink.functionZip";
  public static final String CDK_OUT = "esrlink.cdkOut";
  public static final String CONTEXT = "esrlink.context";
  private static final Set<String> LAUNCH_PROPERTIES = Set.of(FUNCTION_ZIP, CDK_OUT, CONTEXT);

  /**
   * Feature flags this app relies on. Without a cdk.json read by the CLI they keep their old
   * defaults: a bucket policy (not ACLs) for access log delivery. (CDK v2 always honours an
   * explicit key policy without adding its own admin statement.)
   */
  static final Map<String, Object> FEATURE_FLAGS =
      Map.of(
          "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true,
          "@aws-cdk/aws-s3:createDefaultLoggingPolicy", true);

  private InfraApp() {}

  public static void main(String[] args) {
    Path zip = Path.of(required(FUNCTION_ZIP));
    EsrLinkStack.requirePackage(zip);
    String outdir =
        Optional.ofNullable(System.getenv("CDK_OUTDIR")).orElseGet(() -> required(CDK_OUT));
    App app = app(outdir, contextFromSystemProperties());
    stack(app, zip);
    app.synth();
    System.out.println(
        "[esrlink-infra] synthesized "
            + InfraSettings.from(app.getNode()).stackName()
            + " into "
            + outdir);
  }

  /** An app writing to {@code outdir}, with {@code context} under the feature flags. */
  public static App app(String outdir, Map<String, Object> context) {
    return new App(
        AppProps.builder().outdir(outdir).context(context).postCliContext(FEATURE_FLAGS).build());
  }

  /** The ESR Link stack in {@code app}, in the configured region (default eu-west-2). */
  public static EsrLinkStack stack(App app, Path functionZip) {
    InfraSettings settings = InfraSettings.from(app.getNode());
    Environment env =
        Environment.builder()
            .region(settings.region())
            .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
            .build();
    StackProps props =
        StackProps.builder()
            .env(env)
            .description("ESR Link: Streamlined Junior Doctor Interface hub")
            .terminationProtection(true)
            .build();
    return new EsrLinkStack(app, settings.stackName(), props, functionZip, settings);
  }

  /**
   * Context from {@code -Desrlink.<key>=value} system properties and from {@code
   * -Desrlink.context=key=value,key=value} (what Maven's {@code -Dcdk.context} becomes).
   */
  static Map<String, Object> contextFromSystemProperties() {
    Map<String, Object> context = new LinkedHashMap<>();
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(InfraSettings.PREFIX) && !LAUNCH_PROPERTIES.contains(name)) {
        context.put(name, System.getProperty(name));
      }
    }
    context.putAll(parsePairs(System.getProperty(CONTEXT, "")));
    return context;
  }

  static Map<String, Object> parsePairs(String pairs) {
    Map<String, Object> context = new LinkedHashMap<>();
    for (String pair : pairs.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("Context entry is not key=value: " + pair);
      }
      context.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return context;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Set -D" + property + " (an absolute path)");
    }
    return value;
  }
}
