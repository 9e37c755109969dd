package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The DynamoDB table, from ESRLINK_TABLE_NAME. */
@ConfigMapping(prefix = "esrlink.table")
public interface TableConfig {
  @WithDefault("esrlink")
  String name();
}
