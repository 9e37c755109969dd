package dev.esrlink.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.HIPAASecurityChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * cdk-nag's AwsSolutions and HIPAA Security packs on the whole stack: no unsuppressed error. Each
 * suppression is in the stack's code ({@link Nag}), with the rule and the reason.
 */
class CdkNagTest {

  private static Annotations annotations;
  private static Annotations probe;

  @BeforeAll
  static void synthesizeWithTheNagPacks() {
    Path out = Path.of(System.getProperty("esrlink.testOut", "target/test-cdk.out") + "-nag");
    App app = InfraApp.app(out.toString(), SynthesizedStack.CONTEXT);
    EsrLinkStack stack = InfraApp.stack(app, SynthesizedStack.testZip(out.getParent()));
    // a bare bucket (no logs, no KMS, no TLS policy) outside the stack: the packs really ran
    Stack probeStack = new Stack(app, "NagProbe");
    new Bucket(probeStack, "Bare");
    Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
    Aspects.of(app).add(HIPAASecurityChecks.Builder.create().verbose(true).build());
    app.synth();
    annotations = Annotations.fromStack(stack);
    probe = Annotations.fromStack(probeStack);
  }

  @Test
  void thePacksRunAndFindAnUnsuppressedProblem() {
    assertThat(probe.findError("*", Match.stringLikeRegexp("AwsSolutions-S.*"))).isNotEmpty();
    assertThat(probe.findError("*", Match.stringLikeRegexp("HIPAA.Security-S3.*"))).isNotEmpty();
  }

  @Test
  void everySuppressionNamesItsRuleAndGivesAReason() {
    assertThat(Nag.SUPPRESSIONS)
        .allSatisfy(
            s -> {
              assertThat(s.rule()).matches("(AwsSolutions|HIPAA\\.Security)-\\w+");
              assertThat(s.reason()).hasSizeGreaterThan(40);
            });
  }

  // "deprecation": Annotations.findError/findWarning still return cxapi.SynthesisMessage, which the
  // CDK marks deprecated without a replacement in the assertions API
  @SuppressWarnings("deprecation")
  private static List<String> findings(String level, String pack) {
    List<SynthesisMessage> found =
        "error".equals(level)
            ? annotations.findError("*", Match.stringLikeRegexp(pack + ".*"))
            : annotations.findWarning("*", Match.stringLikeRegexp(pack + ".*"));
    return found.stream()
        .map(
            m ->
                m.getId()
                    + ": "
                    + String.valueOf(m.getEntry().getData()).lines().findFirst().orElse(""))
        .sorted()
        .toList();
  }

  @Test
  void awsSolutionsHasNoUnsuppressedError() {
    List<String> errors = findings("error", "AwsSolutions-");
    errors.forEach(e -> System.out.println("[cdk-nag] " + e));
    assertThat(errors).isEmpty();
  }

  @Test
  void hipaaSecurityHasNoUnsuppressedError() {
    List<String> errors = findings("error", "HIPAA.Security-");
    errors.forEach(e -> System.out.println("[cdk-nag] " + e));
    assertThat(errors).isEmpty();
  }
}
