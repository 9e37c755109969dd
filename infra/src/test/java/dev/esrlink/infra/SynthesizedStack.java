package dev.esrlink.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * The stack synthesized once per test JVM (a synth costs seconds) with a few context overrides, and
 * small helpers to walk the template as plain maps and lists.
 */
final class SynthesizedStack {

  /** Overrides the tests expect to see honoured. */
  static final Map<String, Object> CONTEXT =
      Map.of(
          "esrlink.stage", "test",
          "esrlink.schedule.APP.EOE", "12:00",
          "esrlink.schedule.DNC", "15:30",
          "esrlink.alarmEmail", "esrlink-ops@example.nhs.uk",
          "esrlink.modeFullRecords", "LDN,KSS",
          "esrlink.massDeletionPercent.EOE", "30",
          "esrlink.rules.maxApplicantsPerTpn", "35",
          "esrlink.arrivals.expect.SEV", "RMC+RMF@09:30",
          "esrlink.arrivals.expect.PEN", "");

  private static Template template;
  private static EsrLinkStack stack;

  private SynthesizedStack() {}

  static synchronized Template template() {
    if (template == null) {
      Path out = Path.of(System.getProperty("esrlink.testOut", "target/test-cdk.out"));
      App app = InfraApp.app(out.toString(), CONTEXT);
      stack = InfraApp.stack(app, testZip(out.getParent()));
      template = Template.fromStack(stack);
    }
    return template;
  }

  static synchronized EsrLinkStack stack() {
    template();
    return stack;
  }

  /** A tiny stand-in for function.zip: the template does not depend on its content. */
  static Path testZip(Path folder) {
    try {
      Files.createDirectories(folder);
      Path zip = folder.resolve("test-function.zip");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        out.putNextEntry(new ZipEntry("README"));
        out.write("test package".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> json() {
    return template().toJSON();
  }

  /** Resources of one CloudFormation type, by logical id. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> resources(String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    ((Map<String, Object>) json().get("Resources"))
        .forEach(
            (id, value) -> {
              Map<String, Object> resource = (Map<String, Object>) value;
              if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
              }
            });
    return found;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
  }

  /** Follows {@code path} through nested maps; a number picks a list element. */
  @SuppressWarnings("unchecked")
  static Object at(Object node, Object... path) {
    Object current = node;
    for (Object step : path) {
      if (current == null) {
        return null;
      }
      current =
          step instanceof Integer i
              ? ((List<Object>) current).get(i)
              : ((Map<String, Object>) current).get(step);
    }
    return current;
  }

  /** A value that may be one item or a list, as a list. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> l ? (List<Object>) l : List.of(value);
  }

  /** The logical id in {@code {"Ref": id}} or {@code {"Fn::GetAtt": [id, attr]}}. */
  static String reference(Object value) {
    Object ref = at(value, "Ref");
    if (ref != null) {
      return (String) ref;
    }
    return (String) at(value, "Fn::GetAtt", 0);
  }
}
