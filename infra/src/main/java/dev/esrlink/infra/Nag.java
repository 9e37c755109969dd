package dev.esrlink.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.constructs.IConstruct;

/**
 * cdk-nag suppressions, each with its rule and its reason, written as the {@code cdk_nag} metadata
 * that cdk-nag reads on a CloudFormation resource (the stack does not depend on the library; the
 * infra tests run its packs, CdkNagTest).
 */
final class Nag {

  /** One suppression: the CloudFormation type it applies to, the rule, and why. */
  record Suppression(String type, String rule, String reason) {}

  /** Every suppression of the stack, each with its reason; CdkNagTest runs the packs. */
  static final List<Suppression> SUPPRESSIONS =
      List.of(
          new Suppression(
              "AWS::Lambda::Function",
              "AwsSolutions-L1",
              "java21 is a supported Amazon Linux 2023 runtime; java25 is newer but this Quarkus"
                  + " version is not verified on it here (docs/deploy.md)"),
          new Suppression(
              "AWS::Lambda::Function",
              "HIPAA.Security-LambdaConcurrency",
              "S3 events and 52 daily schedules bound the load; a concurrency limit would throttle"
                  + " a burst of uploads into retries instead of running them"),
          new Suppression(
              "AWS::Lambda::Function",
              "HIPAA.Security-LambdaDLQ",
              "failed asynchronous events go to an encrypted SQS on-failure destination of the"
                  + " live alias (richer than a DLQ: it keeps the error), alarmed on depth"),
          new Suppression(
              "AWS::Lambda::Function",
              "HIPAA.Security-LambdaInsideVPC",
              "the functions call only S3 and DynamoDB over TLS with IAM; no VPC resource to reach,"
                  + " and a VPC would add NAT or endpoints without narrowing access"),
          new Suppression(
              "AWS::SQS::Queue",
              "AwsSolutions-SQS3",
              "these queues are the dead-letter queues (on-failure destinations of the functions"
                  + " and the schedules' DLQ)"),
          new Suppression(
              "AWS::IAM::Role",
              "HIPAA.Security-IAMNoInlinePolicy",
              "each role has one inline least-privilege policy naming only its own resources;"
                  + " a managed policy would be shared and reusable, which is what is not wanted"),
          new Suppression(
              "AWS::IAM::Policy",
              "HIPAA.Security-IAMNoInlinePolicy",
              "the operate role's dead-letter access and CDK's notification handler policy are"
                  + " attached to exactly one role each"),
          new Suppression(
              "AWS::IAM::Role",
              "AwsSolutions-IAM5",
              "the only wildcards are object ARNs under a named bucket or prefix (the functions"
                  + " read and write files whose names arrive at run time) and the log group of"
                  + " CDK's notifications handler, whose name is generated"),
          new Suppression(
              "AWS::DynamoDB::Table",
              "HIPAA.Security-DynamoDBInBackupPlan",
              "point-in-time recovery (35 days) and deletion protection are on; an AWS Backup plan"
                  + " is the platform team's account-level choice"),
          new Suppression(
              "AWS::S3::Bucket",
              "HIPAA.Security-S3BucketReplicationEnabled",
              "the data stays in one region (eu-west-2 by default) by design; versioning,"
                  + " retention and removal policy RETAIN protect it"),
          new Suppression(
              "AWS::S3::Bucket",
              "HIPAA.Security-S3BucketVersioningEnabled",
              "inbound buckets are versioned; outbound files, reports and access logs are"
                  + " written once by the hub and can be regenerated from the table and inbound"
                  + " files"),
          new Suppression(
              "AWS::S3::Bucket",
              "HIPAA.Security-S3DefaultEncryptionKMS",
              "only the access-log bucket: S3 delivers server access logs only to SSE-S3"
                  + " buckets; every data bucket uses the customer managed key"));

  private Nag() {}

  /** Applies {@link #SUPPRESSIONS} to every resource of their types in {@code scope}. */
  static void suppressAll(IConstruct scope) {
    for (IConstruct child : scope.getNode().findAll()) {
      if (child instanceof CfnResource resource) {
        for (Suppression s : SUPPRESSIONS) {
          if (s.type().equals(resource.getCfnResourceType())) {
            suppress(resource, s.rule(), s.reason());
          }
        }
      }
    }
  }

  /**
   * Suppresses {@code rule} on the CloudFormation resource of {@code construct} for {@code reason}.
   */
  static void suppress(IConstruct construct, String rule, String reason) {
    CfnResource resource =
        construct instanceof CfnResource cfn
            ? cfn
            : (CfnResource) construct.getNode().getDefaultChild();
    List<Object> rules = new ArrayList<>(existing(resource));
    rules.add(Map.of("id", rule, "reason", reason));
    resource.addMetadata("cdk_nag", Map.of("rules_to_suppress", rules));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> existing(CfnResource resource) {
    Object metadata = resource.getMetadata("cdk_nag");
    if (metadata instanceof Map<?, ?> map && map.get("rules_to_suppress") instanceof List<?> l) {
      return (List<Object>) l;
    }
    return List.of();
  }
}
