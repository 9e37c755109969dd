package dev.esrlink.emulator;

import dev.esrlink.topology.Topology;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** SDK clients for an emulator endpoint: URL connection client, static test credentials. */
public final class AwsClients {

  /** The access key and secret emulators accept. */
  public static final String TEST_CREDENTIAL = "test";

  /** The region local clients and functions use. */
  public static final Region REGION = Region.of(Topology.DEFAULT_REGION);

  private AwsClients() {}

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(TEST_CREDENTIAL, TEST_CREDENTIAL));
  }

  /** An S3 client with path-style access (S3Mock and LocalStack need it). */
  public static S3Client s3(URI endpoint) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .forcePathStyle(true)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  public static DynamoDbClient dynamoDb(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}
