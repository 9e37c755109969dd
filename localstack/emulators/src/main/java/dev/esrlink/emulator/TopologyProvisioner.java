package dev.esrlink.emulator;

import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates the buckets and the table of {@link Topology} on an emulator, under their local names.
 * Idempotent: what exists is left as it is.
 */
public final class TopologyProvisioner {

  private TopologyProvisioner() {}

  public static void provision(S3Client s3, DynamoDbClient dynamoDb) {
    for (Bucket bucket : Bucket.values()) {
      createBucket(s3, bucket.localName());
    }
    createTable(dynamoDb, Topology.TABLE);
  }

  private static void createBucket(S3Client s3, String name) {
    if (s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(name))) {
      return;
    }
    try {
      s3.createBucket(b -> b.bucket(name));
    } catch (BucketAlreadyOwnedByYouException e) {
      // created meanwhile by another caller: what we wanted
    } catch (S3Exception e) {
      if (e.statusCode() != 409) {
        throw e;
      }
    }
  }

  /** Creates the table as defined (indexes, time to live) unless it exists. */
  public static void createTable(DynamoDbClient dynamoDb, TableDefinition table) {
    if (dynamoDb.listTables().tableNames().contains(table.localName())) {
      return;
    }
    try {
      dynamoDb.createTable(createTableRequest(table));
    } catch (ResourceInUseException e) {
      return;
    }
    enableTimeToLive(dynamoDb, table);
  }

  static CreateTableRequest createTableRequest(TableDefinition table) {
    List<String> keys = new ArrayList<>(List.of(table.partitionKey(), table.sortKey()));
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (TableDefinition.Index index : table.indexes()) {
      keys.add(index.partitionKey());
      keys.add(index.sortKey());
      indexes.add(
          GlobalSecondaryIndex.builder()
              .indexName(index.name())
              .keySchema(keySchema(index.partitionKey(), index.sortKey()))
              .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
              .build());
    }
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(table.localName())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(
                keys.stream().distinct().map(TopologyProvisioner::string).toList())
            .keySchema(keySchema(table.partitionKey(), table.sortKey()));
    return indexes.isEmpty() ? request.build() : request.globalSecondaryIndexes(indexes).build();
  }

  private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
    return List.of(
        KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
        KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  /** DynamoDB Local accepts TTL settings; an emulator that does not is left without TTL. */
  private static void enableTimeToLive(DynamoDbClient dynamoDb, TableDefinition table) {
    if (table.timeToLiveAttribute() == null) {
      return;
    }
    try {
      dynamoDb.updateTimeToLive(
          r ->
              r.tableName(table.localName())
                  .timeToLiveSpecification(
                      s -> s.enabled(true).attributeName(table.timeToLiveAttribute())));
    } catch (DynamoDbException | UnsupportedOperationException e) {
      // TTL is a clean-up aid only; emulators without it behave the same otherwise
    }
  }
}
