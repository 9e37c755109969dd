package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bucket names, from ESRLINK_BUCKETS_* (set by the stack from the one topology). An ingest reads
 * the bucket its event names; the inbound names serve the operator's actions (release, reprocess,
 * re-drive).
 */
@ConfigMapping(prefix = "esrlink.buckets")
public interface BucketsConfig {
  @WithDefault("esrlink-esr-inbound")
  String esrInbound();

  @WithDefault("esrlink-letb-inbound")
  String letbInbound();

  @WithDefault("esrlink-esr-outbound")
  String esrOutbound();

  @WithDefault("esrlink-letb-outbound")
  String letbOutbound();

  @WithDefault("esrlink-operations")
  String operations();
}
