package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/**
 * Partners reach exactly their files: put into their inbound bucket under their own names, get and
 * list of the same names in their outbound bucket, the key only through S3 for those buckets; and
 * nothing at all when no partner is configured.
 */
class PartnerAccessTest {

  static final String ESR_ACCOUNT = "111111111111";
  static final String LETB_EOE_ROLE = "arn:aws:iam::222222222222:role/letb-eoe-transfer";

  private static Map<String, Object> withPartners;

  @BeforeAll
  static void synthesizeWithPartners() {
    Path out = Path.of(System.getProperty("esrlink.testOut", "target/test-cdk.out") + "-partners");
    Map<String, Object> context = new HashMap<>(SynthesizedStack.CONTEXT);
    context.put("esrlink.partner.esr", ESR_ACCOUNT);
    context.put("esrlink.partner.letb.EOE", LETB_EOE_ROLE);
    App app = InfraApp.app(out.toString(), context);
    withPartners =
        Template.fromStack(InfraApp.stack(app, SynthesizedStack.testZip(out.getParent()))).toJSON();
  }

  /** Every Allow statement of bucket and key policies whose principal is an AWS principal. */
  @SuppressWarnings("unchecked")
  private static List<Object> partnerStatements(Map<String, Object> template) {
    Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
    return resources.values().stream()
        .map(r -> (Map<String, Object>) r)
        .filter(r -> List.of("AWS::S3::BucketPolicy", "AWS::KMS::Key").contains(r.get("Type")))
        .flatMap(
            r -> {
              Object doc =
                  "AWS::KMS::Key".equals(r.get("Type"))
                      ? at(properties(r), "KeyPolicy")
                      : at(properties(r), "PolicyDocument");
              return list(at(doc, "Statement")).stream();
            })
        .filter(s -> "Allow".equals(at(s, "Effect")))
        .filter(s -> at(s, "Principal", "AWS") != null)
        // the stack's own account (key administration, data use through IAM) is not a partner
        .filter(s -> !String.valueOf(at(s, "Principal", "AWS")).contains("AWS::AccountId"))
        .toList();
  }

  @Test
  void noPartnerConfiguredMeansNoCrossAccountAccess() {
    assertThat(partnerStatements(SynthesizedStack.json())).isEmpty();
    assertThat(SynthesizedStack.json().toString()).doesNotContain("ItsFiles");
  }

  @Test
  void eachPartnerGetsExactlyPutGetListAndTheKeyThroughS3() {
    List<Object> statements = partnerStatements(withPartners);
    assertThat(statements)
        .extracting(s -> (String) at(s, "Sid"))
        .containsExactlyInAnyOrder(
            "ESRPutsItsFiles",
            "ESRGetsItsFiles",
            "ESRListsItsFiles",
            "ESRUsesTheKeyThroughS3",
            "LETBEOEPutsItsFiles",
            "LETBEOEGetsItsFiles",
            "LETBEOEListsItsFiles",
            "LETBEOEUsesTheKeyThroughS3");
    for (Object s : statements) {
      String sid = (String) at(s, "Sid");
      String principal = String.valueOf(at(s, "Principal", "AWS"));
      String names = sid.startsWith("ESR") ? "DE_*" : "LETB_EOE_*";
      assertThat(principal).contains(sid.startsWith("ESR") ? ESR_ACCOUNT : LETB_EOE_ROLE);
      List<Object> actions = list(at(s, "Action"));
      switch (sid.replaceFirst("^(ESR|LETBEOE)", "")) {
        case "PutsItsFiles" -> {
          assertThat(actions).containsExactly("s3:PutObject");
          assertThat(at(s, "Resource").toString()).endsWith("/" + names + "]]}");
        }
        case "GetsItsFiles" -> {
          assertThat(actions).containsExactly("s3:GetObject");
          assertThat(at(s, "Resource").toString()).endsWith("/" + names + "]]}");
        }
        case "ListsItsFiles" -> {
          assertThat(actions).containsExactly("s3:ListBucket");
          assertThat(list(at(s, "Condition", "StringLike", "s3:prefix"))).containsExactly(names);
        }
        case "UsesTheKeyThroughS3" -> {
          assertThat(actions).containsExactlyInAnyOrder("kms:GenerateDataKey", "kms:Decrypt");
          assertThat(at(s, "Condition", "StringEquals", "kms:ViaService"))
              .isEqualTo("s3.eu-west-2.amazonaws.com");
          assertThat(at(s, "Resource")).isEqualTo("*"); // in a key policy: this key only
          assertThat(((Map<?, ?>) at(s, "Condition")).size()).isEqualTo(1);
        }
        default -> throw new AssertionError("unexpected statement " + sid);
      }
    }
    assertThat(
            Stream.of("ESR", "LETBEOE")
                .map(p -> p + "PutsItsFiles")
                .allMatch(sid -> withPartners.toString().contains(sid)))
        .isTrue();
  }

  @Test
  void aPrincipalThatIsNeitherAnAccountNorARoleIsRefused() {
    var app = InfraApp.app("target/unused", Map.of("esrlink.partner.letb", "someone@nhs.net"));
    assertThatThrownBy(() -> PartnerAccess.grants(app.getNode()))
        .hasMessageContaining("esrlink.partner.letb: someone@nhs.net is neither");
    var two =
        InfraApp.app("target/unused", Map.of("esrlink.partner.esr", "111111111111;222222222222"));
    assertThat(PartnerAccess.grants(two.getNode()).get(0).principals())
        .containsExactly("111111111111", "222222222222");
  }
}
