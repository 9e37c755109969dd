package dev.esrlink.topology;

import java.util.List;

/** The single DynamoDB table: string keys PK/SK, two global secondary indexes, a TTL attribute. */
public record TableDefinition(
    String localName,
    String partitionKey,
    String sortKey,
    List<Index> indexes,
    String timeToLiveAttribute) {

  /** A global secondary index with string keys, projecting all attributes. */
  public record Index(String name, String partitionKey, String sortKey) {}

  /** Environment variable through which a function learns the table name. */
  public static final String ENVIRONMENT_VARIABLE = "ESRLINK_TABLE_NAME";
}
