package dev.esrlink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The configurable rules of spec section 5, with the spec's defaults. */
@ConfigMapping(prefix = "esrlink.rules")
public interface RulesConfig {
  /** The notice window opens this many days after today (rule 2). */
  @WithDefault("2")
  int noticeMinDays();

  /** The notice window closes this many weeks after today (rule 2). */
  @WithDefault("13")
  int noticeMaxWeeks();

  /** ESR rejects a file with more APP records than this for one TPN (rule 5). */
  @WithDefault("40")
  int maxApplicantsPerTpn();

  /** An RMF deleting more than this percentage of live positions is quarantined (rule 7). */
  @WithDefault("20")
  int massDeletionPercent();

  /** Longest physical line read, in characters. */
  @WithDefault("65536")
  int maxLineLength();

  /** DynamoDB batch calls of one list in flight at once (1: one after the other). */
  @WithDefault("4")
  int batchParallelism();

  /** Most fields in one record. */
  @WithDefault("200")
  int maxFields();
}
