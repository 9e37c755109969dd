package dev.esrlink.topology;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of the hub's AWS resources and their wiring. {@code infra/} builds the CDK
 * stack from it and {@code localstack/} provisions the emulators and routes events from it, so the
 * two cannot drift.
 */
public final class Topology {

  /** Local Office codes of the interface (spec section 1). */
  public static final List<String> LOCAL_OFFICES =
      List.of(
          "EMD", "EOE", "KSS", "LDN", "MER", "NTH", "NWN", "OXF", "PEN", "SEV", "WES", "WMD",
          "YHD");

  /** Schedules run on London wall-clock time, so British Summer Time needs no edit. */
  public static final String SCHEDULE_ZONE = "Europe/London";

  /** Default region of a deployment. */
  public static final String DEFAULT_REGION = "eu-west-2";

  /**
   * Daily jobs and their default times. DNF is on request only (a direct invoke). STATUS writes the
   * status pages once the day's exports have run. ARRIVALS checks that the day's expected inbound
   * files (by default an RMC) have arrived.
   */
  public static final Map<String, LocalTime> DAILY_JOBS = dailyJobs();

  /** The function that runs each job. */
  public static final Map<String, LambdaFunction> JOB_FUNCTION =
      Map.of(
          "APP", LambdaFunction.EXPORT_TO_ESR,
          "DNC", LambdaFunction.EXPORT_TO_ESR,
          "DNF", LambdaFunction.EXPORT_TO_ESR,
          "LETB", LambdaFunction.EXPORT_TO_LETB,
          "STATUS", LambdaFunction.STATUS,
          "ARRIVALS", LambdaFunction.STATUS);

  /** Prefix of quarantined copies in the operations bucket. */
  public static final String QUARANTINE_PREFIX = "quarantine/";

  /** Prefix of file reports in the operations bucket. */
  public static final String REPORTS_PREFIX = "reports/";

  /** Prefix of the operators' audit records in the operations bucket. */
  public static final String AUDIT_PREFIX = "audit/";

  /**
   * Prefix of failed events in the operations bucket on the local hub (on AWS they wait in SQS
   * dead-letter queues): {@code dead-letters/<function>/<id>.json}.
   */
  public static final String DEAD_LETTERS_PREFIX = "dead-letters/";

  /** Prefix of the status pages (HTML and JSON) in the operations bucket. */
  public static final String STATUS_PREFIX = "status/";

  /** Global secondary index listing the items of one Local Office by kind. */
  public static final String LO_INDEX = "byLocalOffice";

  /** Global secondary index on registration numbers (GMC, GDC) of trainees and ESR people. */
  public static final String REGISTRATION_INDEX = "byRegistration";

  public static final TableDefinition TABLE =
      new TableDefinition(
          "esrlink",
          "PK",
          "SK",
          List.of(
              new TableDefinition.Index(LO_INDEX, "LOPK", "LOSK"),
              new TableDefinition.Index(REGISTRATION_INDEX, "REGPK", "REGSK")),
          "expiresAt");

  public static final List<S3Trigger> S3_TRIGGERS =
      List.of(
          new S3Trigger(Bucket.ESR_INBOUND, "", "", LambdaFunction.INGEST_ESR_FILE),
          new S3Trigger(Bucket.LETB_INBOUND, "", "", LambdaFunction.INGEST_LETB_FILE));

  private Topology() {}

  private static Map<String, LocalTime> dailyJobs() {
    Map<String, LocalTime> jobs = new LinkedHashMap<>();
    jobs.put("APP", LocalTime.of(14, 0));
    jobs.put("DNC", LocalTime.of(15, 0));
    jobs.put("LETB", LocalTime.of(16, 0));
    jobs.put("STATUS", LocalTime.of(16, 30));
    jobs.put("ARRIVALS", LocalTime.of(10, 0));
    return Collections.unmodifiableMap(jobs);
  }

  /**
   * Every schedule: one per Local Office and daily job, at the default time unless {@code
   * overrides} holds {@code "<JOB>.<LO>"} or {@code "<JOB>"} mapped to another time.
   */
  public static List<Schedule> schedules(Map<String, LocalTime> overrides) {
    List<Schedule> schedules = new ArrayList<>();
    for (Map.Entry<String, LocalTime> job : DAILY_JOBS.entrySet()) {
      for (String lo : LOCAL_OFFICES) {
        LocalTime at =
            overrides.getOrDefault(
                job.getKey() + "." + lo, overrides.getOrDefault(job.getKey(), job.getValue()));
        schedules.add(new Schedule(job.getKey(), lo, at, JOB_FUNCTION.get(job.getKey())));
      }
    }
    return List.copyOf(schedules);
  }

  /** The schedules at their default times. */
  public static List<Schedule> schedules() {
    return schedules(Map.of());
  }

  /** The function an object created in {@code bucket} under {@code key} fires, if any. */
  public static Optional<LambdaFunction> functionFor(Bucket bucket, String key) {
    return S3_TRIGGERS.stream()
        .filter(t -> t.matches(bucket, key))
        .map(S3Trigger::function)
        .findFirst();
  }

  /** The environment every function gets: bucket names and the table name. */
  public static Map<String, String> functionEnvironment(
      Map<Bucket, String> bucketNames, String tableName) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Bucket bucket : Bucket.values()) {
      env.put(bucket.environmentVariable(), bucketNames.get(bucket));
    }
    env.put(TableDefinition.ENVIRONMENT_VARIABLE, tableName);
    return env;
  }

  /** Bucket names on the local emulators. */
  public static Map<Bucket, String> localBucketNames() {
    Map<Bucket, String> names = new EnumMap<>(Bucket.class);
    for (Bucket bucket : Bucket.values()) {
      names.put(bucket, bucket.localName());
    }
    return names;
  }
}
