package dev.esrlink.infra;

import dev.esrlink.topology.TableDefinition;
import dev.esrlink.topology.Topology;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.kms.IKey;
import software.constructs.Construct;

/**
 * The single table of {@link Topology#TABLE}: on demand, point-in-time recovery, encrypted with the
 * customer key, protected from deletion, with the topology's indexes and TTL attribute.
 */
final class StateTable {

  private StateTable() {}

  static Table create(Construct scope, IKey key) {
    TableDefinition definition = Topology.TABLE;
    Table table =
        Table.Builder.create(scope, "StateTable")
            .partitionKey(text(definition.partitionKey()))
            .sortKey(text(definition.sortKey()))
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .encryption(TableEncryption.CUSTOMER_MANAGED)
            .encryptionKey(key)
            .deletionProtection(true)
            .timeToLiveAttribute(definition.timeToLiveAttribute())
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();
    for (TableDefinition.Index index : definition.indexes()) {
      table.addGlobalSecondaryIndex(
          GlobalSecondaryIndexProps.builder()
              .indexName(index.name())
              .partitionKey(text(index.partitionKey()))
              .sortKey(text(index.sortKey()))
              .projectionType(ProjectionType.ALL)
              .build());
    }
    return table;
  }

  private static Attribute text(String name) {
    return Attribute.builder().name(name).type(AttributeType.STRING).build();
  }
}
