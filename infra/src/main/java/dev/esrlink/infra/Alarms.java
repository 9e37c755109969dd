package dev.esrlink.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.IFilterPattern;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.sns.Subscription;
import software.amazon.awscdk.services.sns.SubscriptionProtocol;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Alarms to an encrypted SNS topic: any message in a dead-letter queue, any function error, any
 * quarantined file, any APC/DCC record reporting a failed load, any expected inbound file missing
 * at its time (the ARRIVALS job logs the event {@code arrival.missing}). Each is counted by a
 * metric filter on the functions' JSON log lines: a function logs one JSON object per line with the
 * event's name at {@code mdc.event} (docs/operations.md), and the filter selects the lines whose
 * {@code $.mdc.event} is the event, so a file name or reason that merely contains the term does not
 * count.
 */
final class Alarms extends Construct {

  /** The metric namespace after the stage: {@code ESRLink/<stage>}, so stages never mix. */
  static final String NAMESPACE = "ESRLink";

  static final String QUARANTINED_METRIC = "QuarantinedFiles";
  static final String QUARANTINE_TERM = "file.quarantined";
  static final String FAILED_LOADS_METRIC = "FailedLoads";
  static final String FAILED_LOAD_TERM = "load.failed";
  static final String MISSING_METRIC = "MissingInboundFiles";
  static final String MISSING_TERM = "arrival.missing";

  /** Where a function's JSON log line holds its event's name ({@code dev.esrlink.log}). */
  static final String EVENT_FIELD = "$.mdc.event";

  private static final Duration PERIOD = Duration.minutes(5);

  private final Topic topic;
  private final String namespace;

  Alarms(
      Construct scope, HubFunctions functions, IQueue scheduleFailures, IKey key, InfraSettings s) {
    super(scope, "Alarms");
    this.namespace = namespace(s);
    this.topic = Topic.Builder.create(this, "AlarmTopic").masterKey(key).enforceSsl(true).build();
    s.alarmEmail()
        .ifPresent(
            email ->
                Subscription.Builder.create(this, "AlarmEmail")
                    .topic(topic)
                    .protocol(SubscriptionProtocol.EMAIL)
                    .endpoint(email)
                    .build());
    functions
        .all()
        .forEach(
            (function, deployed) -> {
              String id = Names.pascal(function);
              alarm(id + "Errors", deployed.function().metricErrors(sum()), "function errors");
              alarm(id + "DeadLetters", visible(deployed.deadLetters()), "failed events kept");
              quarantineFilter(id, deployed);
              failedLoadFilter(id, function, deployed);
              missingFilter(id, function, deployed);
            });
    alarm("ScheduleDeadLetters", visible(scheduleFailures), "schedules that could not invoke");
    alarm(QUARANTINED_METRIC, quarantined(), "files quarantined whole");
    alarm(FAILED_LOADS_METRIC, failedLoads(), "APC/DCC records reporting a failed load in ESR");
    alarm(
        MISSING_METRIC,
        counted(MISSING_METRIC),
        "expected inbound files not arrived by their time");
  }

  Topic topic() {
    return topic;
  }

  private void quarantineFilter(String id, HubFunctions.Deployed deployed) {
    MetricFilter.Builder.create(this, id + "Quarantined")
        .logGroup(deployed.logGroup())
        .filterPattern(event(QUARANTINE_TERM))
        .metricNamespace(namespace)
        .metricName(QUARANTINED_METRIC)
        .metricValue("1")
        .build();
  }

  /** APC and DCC files are applied by ingestEsrFile, and by operate when it re-drives one. */
  private void failedLoadFilter(
      String id, dev.esrlink.topology.LambdaFunction function, HubFunctions.Deployed deployed) {
    if (function != dev.esrlink.topology.LambdaFunction.INGEST_ESR_FILE
        && function != dev.esrlink.topology.LambdaFunction.OPERATE) {
      return;
    }
    MetricFilter.Builder.create(this, id + "FailedLoads")
        .logGroup(deployed.logGroup())
        .filterPattern(event(FAILED_LOAD_TERM))
        .metricNamespace(namespace)
        .metricName(FAILED_LOADS_METRIC)
        .metricValue("1")
        .build();
  }

  /** The ARRIVALS job runs in the status function, and in operate when it re-drives one. */
  private void missingFilter(
      String id, dev.esrlink.topology.LambdaFunction function, HubFunctions.Deployed deployed) {
    if (function != dev.esrlink.topology.LambdaFunction.STATUS
        && function != dev.esrlink.topology.LambdaFunction.OPERATE) {
      return;
    }
    MetricFilter.Builder.create(this, id + "MissingInbound")
        .logGroup(deployed.logGroup())
        .filterPattern(event(MISSING_TERM))
        .metricNamespace(namespace)
        .metricName(MISSING_METRIC)
        .metricValue("1")
        .build();
  }

  /** The log lines of one event. */
  private static IFilterPattern event(String name) {
    return FilterPattern.stringValue(EVENT_FIELD, "=", name);
  }

  private Metric counted(String name) {
    return Metric.Builder.create()
        .namespace(namespace)
        .metricName(name)
        .statistic("Sum")
        .period(PERIOD)
        .build();
  }

  private Metric failedLoads() {
    return Metric.Builder.create()
        .namespace(namespace)
        .metricName(FAILED_LOADS_METRIC)
        .statistic("Sum")
        .period(PERIOD)
        .build();
  }

  private void alarm(String id, Metric metric, String what) {
    Alarm alarm =
        metric.createAlarm(
            this,
            id,
            CreateAlarmOptions.builder()
                .alarmDescription("ESR Link: " + what + " (" + id + "), see docs/deploy.md")
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
    alarm.addAlarmAction(new SnsAction(topic));
  }

  private static MetricOptions sum() {
    return MetricOptions.builder().statistic("Sum").period(PERIOD).build();
  }

  private static Metric visible(IQueue queue) {
    return queue.metricApproximateNumberOfMessagesVisible(
        MetricOptions.builder().statistic("Maximum").period(PERIOD).build());
  }

  static String namespace(InfraSettings s) {
    return NAMESPACE + "/" + s.stage();
  }

  private Metric quarantined() {
    return Metric.Builder.create()
        .namespace(namespace)
        .metricName(QUARANTINED_METRIC)
        .statistic("Sum")
        .period(PERIOD)
        .build();
  }
}
