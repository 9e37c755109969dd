package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.S3Trigger;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of localstack/docker without a Docker engine: the scripts parse, point at the
 * emulator's endpoint, deploy this module's synthesized stack, and name outputs the stack has.
 */
class DockerPathTest {

  private static final Path DOCKER =
      Path.of(System.getProperty("esrlink.repoRoot", "..")).resolve("localstack/docker");
  private static final String ENDPOINT = "http://localhost:4566";
  private static final String READY = "/esrlink/emulator/ready";

  @Test
  void everyScriptParses() throws Exception {
    for (Path script : scripts()) {
      Process bash =
          new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
      String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(bash.waitFor()).as(script + ": " + output).isZero();
      assertThat(Files.isExecutable(script)).as(script + " is executable").isTrue();
    }
  }

  @Test
  void composePinsLocalStackAndOffersFlociOnTheSamePort() throws IOException {
    String compose = read(DOCKER.resolve("docker-compose.yml"));
    assertThat(compose)
        .contains("image: localstack/localstack:4.14.0")
        .contains("image: floci/floci:")
        .contains("profiles: [\"floci\"]")
        .contains("LOCALSTACK_AUTH_TOKEN")
        .contains("./init/ready.d:/etc/localstack/init/ready.d");
    assertThat(Pattern.compile("\"127\\.0\\.0\\.1:4566:4566\"").matcher(compose).results().count())
        .isEqualTo(2);
  }

  @Test
  void initScriptsAreNumberedAndEndWithTheReadyMarker() throws IOException {
    List<Path> init = initScripts();
    assertThat(init).isNotEmpty();
    init.forEach(p -> assertThat(p.getFileName().toString()).matches("\\d\\d_[a-z_]+\\.sh"));
    assertThat(read(init.get(init.size() - 1))).contains(READY);
    assertThat(read(DOCKER.resolve("deploy.sh"))).contains(READY);
  }

  @Test
  void everyScriptTalksToTheEmulatorEndpointInTheDefaultRegion() throws IOException {
    for (Path script : scripts()) {
      assertThat(read(script))
          .as(script.toString())
          .contains("AWS_ENDPOINT_URL:-" + ENDPOINT)
          .contains("AWS_DEFAULT_REGION:-" + Topology.DEFAULT_REGION);
    }
  }

  @Test
  void deployUsesCdklocalOnThisModulesCloudAssembly() throws IOException {
    String deploy = read(DOCKER.resolve("deploy.sh"));
    assertThat(deploy)
        .contains("infra/target/cdk.out")
        .contains("STACK:-" + EsrLinkStack.DEFAULT_NAME)
        .contains("cdklocal bootstrap")
        .contains("cdklocal deploy");
  }

  @Test
  void smokeReadsOutputsTheStackHasAndUploadsFilesTheTriggersFire() throws IOException {
    String smoke = read(DOCKER.resolve("smoke.sh"));
    @SuppressWarnings("unchecked")
    Map<String, Object> outputs = (Map<String, Object>) SynthesizedStack.json().get("Outputs");
    Matcher used = Pattern.compile("\\$\\(output (\\w+)\\)").matcher(smoke);
    int count = 0;
    while (used.find()) {
      assertThat(outputs).containsKey(used.group(1));
      count++;
    }
    // four buckets and the export function's alias, invoked directly (no schedule fires there)
    assertThat(count).isEqualTo(5);
    assertThat(smoke)
        .contains("$(output " + Names.functionOutput(LambdaFunction.EXPORT_TO_ESR) + ")")
        .contains("aws lambda invoke")
        .contains("{\"job\":\"APP\",\"lo\":\"EOE\"}");
    for (S3Trigger trigger : Topology.S3_TRIGGERS) {
      assertThat(smoke).contains("$(output " + Names.bucketOutput(trigger.bucket()) + ")");
      assertThat(sampleFiredBy(trigger.bucket())).as("a sample for " + trigger.bucket()).isTrue();
    }
  }

  private static boolean sampleFiredBy(Bucket bucket) throws IOException {
    try (Stream<Path> samples = Files.list(DOCKER.resolve("samples"))) {
      return samples.anyMatch(
          p ->
              Topology.functionFor(bucket, p.getFileName().toString()).isPresent()
                  && p.getFileName()
                      .toString()
                      .contains(bucket == Bucket.ESR_INBOUND ? "DE_" : "LETB_"));
    }
  }

  private static List<Path> scripts() throws IOException {
    return Stream.concat(
            Stream.of(DOCKER.resolve("deploy.sh"), DOCKER.resolve("smoke.sh")),
            initScripts().stream())
        .toList();
  }

  private static List<Path> initScripts() throws IOException {
    try (Stream<Path> files = Files.list(DOCKER.resolve("init/ready.d"))) {
      return files.sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
