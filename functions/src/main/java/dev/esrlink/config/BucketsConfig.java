package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The names of the buckets the functions write, from ESRLINK_BUCKETS_* (set by the stack from the
 * one topology). The inbound buckets are not here: an ingest reads the bucket its event names.
 */
@ConfigMapping(prefix = "esrlink.buckets")
public interface BucketsConfig {
  @WithDefault("esrlink-esr-outbound")
  String esrOutbound();

  @WithDefault("esrlink-letb-outbound")
  String letbOutbound();

  @WithDefault("esrlink-operations")
  String operations();
}
