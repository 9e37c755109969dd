package dev.esrlink.infra;

import static dev.esrlink.infra.SynthesizedStack.at;
import static dev.esrlink.infra.SynthesizedStack.list;
import static dev.esrlink.infra.SynthesizedStack.properties;
import static dev.esrlink.infra.SynthesizedStack.reference;
import static dev.esrlink.infra.SynthesizedStack.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Bucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/** Buckets, the key and the table: encrypted, private, TLS only, versioned, expiring, logged. */
class DataAtRestTest {

  private static String keyId() {
    return resources("AWS::KMS::Key").keySet().iterator().next();
  }

  @Test
  void theCustomerKeyRotatesAndHasAnExplicitPolicy() {
    assertThat(resources("AWS::KMS::Key")).hasSize(1);
    Map<String, Object> key = properties(resources("AWS::KMS::Key").get(keyId()));
    assertThat(key.get("EnableKeyRotation")).isEqualTo(true);
    List<Object> sids =
        list(at(key, "KeyPolicy", "Statement")).stream().map(s -> at(s, "Sid")).toList();
    assertThat(sids)
        .containsExactlyInAnyOrder(
            "KeyAdministrationByTheAccount",
            "DataUseDelegatedToIamPolicies",
            "CloudWatchLogsOfThisAccount",
            "CloudWatchAlarmsPublishToTheEncryptedTopic");
    SynthesizedStack.template()
        .hasResourceProperties("AWS::KMS::Alias", Map.of("AliasName", "alias/test-esrlink"));
  }

  @Test
  void everyBucketBlocksPublicAccessEnforcesOwnershipAndIsRetained() {
    resources("AWS::S3::Bucket")
        .forEach(
            (id, bucket) -> {
              assertThat(at(properties(bucket), "PublicAccessBlockConfiguration"))
                  .as(id)
                  .isEqualTo(
                      Map.of(
                          "BlockPublicAcls", true,
                          "BlockPublicPolicy", true,
                          "IgnorePublicAcls", true,
                          "RestrictPublicBuckets", true));
              assertThat(at(properties(bucket), "OwnershipControls", "Rules", 0, "ObjectOwnership"))
                  .isEqualTo("BucketOwnerEnforced");
              assertThat(bucket.get("DeletionPolicy")).as(id).isEqualTo("Retain");
            });
  }

  @Test
  void everyBucketDeniesRequestsWithoutTls() {
    Map<String, Map<String, Object>> policies = resources("AWS::S3::BucketPolicy");
    assertThat(policies).hasSize(resources("AWS::S3::Bucket").size());
    policies.forEach(
        (id, policy) ->
            assertThat(list(at(properties(policy), "PolicyDocument", "Statement")))
                .as(id)
                .anySatisfy(
                    s -> {
                      assertThat(at(s, "Effect")).isEqualTo("Deny");
                      assertThat(at(s, "Condition", "Bool", "aws:SecureTransport"))
                          .isEqualTo("false");
                    })
                .anySatisfy(
                    s ->
                        assertThat(at(s, "Condition", "NumericLessThan", "s3:TlsVersion"))
                            .isEqualTo(1.2)));
  }

  @Test
  void dataBucketsUseTheCustomerKeyAndLogAccess() {
    String accessLogs = accessLogBucket();
    TopologyDriftTest.bucketsByLogicalId()
        .forEach(
            (id, bucket) -> {
              Map<String, Object> p = properties(resources("AWS::S3::Bucket").get(id));
              Object sse = at(p, "BucketEncryption", "ServerSideEncryptionConfiguration", 0);
              assertThat(at(sse, "ServerSideEncryptionByDefault", "SSEAlgorithm"))
                  .isEqualTo("aws:kms");
              assertThat(reference(at(sse, "ServerSideEncryptionByDefault", "KMSMasterKeyID")))
                  .isEqualTo(keyId());
              assertThat(reference(at(p, "LoggingConfiguration", "DestinationBucketName")))
                  .isEqualTo(accessLogs);
              assertThat(at(p, "LoggingConfiguration", "LogFilePrefix"))
                  .isEqualTo(bucket.id() + "/");
            });
    Map<String, Object> logs = properties(resources("AWS::S3::Bucket").get(accessLogs));
    assertThat(
            at(
                logs,
                "BucketEncryption",
                "ServerSideEncryptionConfiguration",
                0,
                "ServerSideEncryptionByDefault",
                "SSEAlgorithm"))
        .isEqualTo("AES256");
  }

  @Test
  void onlyInboundBucketsAreVersionedAndAllExpireByDefaultAfter400Days() {
    TopologyDriftTest.bucketsByLogicalId()
        .forEach(
            (id, bucket) -> {
              Map<String, Object> p = properties(resources("AWS::S3::Bucket").get(id));
              Object versioning = at(p, "VersioningConfiguration", "Status");
              assertThat(versioning).as(id).isEqualTo(bucket.inbound() ? "Enabled" : null);
              List<Object> rules = list(at(p, "LifecycleConfiguration", "Rules"));
              assertThat(rules)
                  .isNotEmpty()
                  .allSatisfy(
                      r -> {
                        assertThat(at(r, "ExpirationInDays")).isEqualTo(400);
                        assertThat(at(r, "AbortIncompleteMultipartUpload", "DaysAfterInitiation"))
                            .isEqualTo(7);
                      });
              if (bucket.inbound()) {
                assertThat(at(rules.get(0), "NoncurrentVersionExpiration", "NoncurrentDays"))
                    .isEqualTo(30);
              }
              if (bucket == Bucket.OPERATIONS) {
                assertThat(rules)
                    .extracting(r -> at(r, "Prefix"))
                    .containsExactlyInAnyOrder("quarantine/", "reports/");
              }
            });
  }

  @Test
  void theTableIsOnDemandRecoverableEncryptedAndProtected() {
    SynthesizedStack.template()
        .hasResource(
            "AWS::DynamoDB::Table",
            Map.of(
                "DeletionPolicy",
                "Retain",
                "Properties",
                Map.of(
                    "BillingMode", "PAY_PER_REQUEST",
                    "DeletionProtectionEnabled", true,
                    "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                    "SSESpecification",
                        Map.of(
                            "SSEEnabled",
                            true,
                            "SSEType",
                            "KMS",
                            "KMSMasterKeyId",
                            Map.of("Fn::GetAtt", List.of(keyId(), "Arn"))),
                    "TimeToLiveSpecification", Match.objectLike(Map.of("Enabled", true)))));
  }

  static String accessLogBucket() {
    return resources("AWS::S3::Bucket").entrySet().stream()
        .filter(
            e ->
                Names.ACCESS_LOGS.equals(
                    TopologyDriftTest.tag(properties(e.getValue()), Names.BUCKET_TAG)))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }
}
