package dev.esrlink.infra;

import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.S3Trigger;
import dev.esrlink.topology.Schedule;
import dev.esrlink.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PrincipalBase;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.amazon.awscdk.services.scheduler.CfnScheduleGroup;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The events that start the functions, all read from {@link Topology}: S3 ObjectCreated
 * notifications per {@link Topology#S3_TRIGGERS} and one EventBridge Scheduler schedule per Local
 * Office and daily job, on {@link Topology#SCHEDULE_ZONE} wall-clock time.
 */
final class Triggers extends Construct {

  /** The schedule group after the stage prefix: {@code <stage>-esrlink}. */
  static final String SCHEDULE_GROUP = "esrlink";

  static final int SCHEDULE_MAX_EVENT_AGE_SECONDS = 3600;
  static final int SCHEDULE_RETRY_ATTEMPTS = 3;

  private final Queue scheduleFailures;

  Triggers(Construct scope, Storage storage, HubFunctions functions, IKey key, InfraSettings s) {
    super(scope, "Triggers");
    for (S3Trigger trigger : Topology.S3_TRIGGERS) {
      LambdaFunction target = trigger.function();
      storage
          .bucket(trigger.bucket())
          .addEventNotification(
              EventType.OBJECT_CREATED,
              new LambdaDestination(functions.get(target).live()),
              keyFilters(trigger));
    }
    this.scheduleFailures = HubFunctions.deadLetterQueue(this, "ScheduleFailures", key);
    List<Schedule> schedules = Topology.schedules(s.scheduleOverrides());
    Role role = schedulerRole(schedules, functions, key);
    CfnScheduleGroup group =
        CfnScheduleGroup.Builder.create(this, "ScheduleGroup")
            .name(s.named(SCHEDULE_GROUP))
            .build();
    for (Schedule schedule : schedules) {
      schedule(schedule, functions, role, group, s);
    }
  }

  Queue scheduleFailures() {
    return scheduleFailures;
  }

  private static NotificationKeyFilter[] keyFilters(S3Trigger trigger) {
    if (trigger.prefix().isEmpty() && trigger.suffix().isEmpty()) {
      return new NotificationKeyFilter[0];
    }
    var filter = NotificationKeyFilter.builder();
    if (!trigger.prefix().isEmpty()) {
      filter.prefix(trigger.prefix());
    }
    if (!trigger.suffix().isEmpty()) {
      filter.suffix(trigger.suffix());
    }
    return new NotificationKeyFilter[] {filter.build()};
  }

  private void schedule(
      Schedule schedule,
      HubFunctions functions,
      Role role,
      CfnScheduleGroup group,
      InfraSettings s) {
    CfnSchedule resource =
        CfnSchedule.Builder.create(this, schedule.name())
            .name(s.named(schedule.name()))
            .groupName(s.named(SCHEDULE_GROUP))
            .description(schedule.job() + " for " + schedule.localOffice() + ", London time")
            .scheduleExpression(schedule.cronExpression())
            .scheduleExpressionTimezone(Topology.SCHEDULE_ZONE)
            .flexibleTimeWindow(
                CfnSchedule.FlexibleTimeWindowProperty.builder().mode("OFF").build())
            .state("ENABLED")
            .target(target(schedule, functions, role))
            .build();
    resource.getNode().addDependency(group);
  }

  private CfnSchedule.TargetProperty target(Schedule schedule, HubFunctions functions, Role role) {
    return CfnSchedule.TargetProperty.builder()
        .arn(functions.get(schedule.function()).live().getFunctionArn())
        .roleArn(role.getRoleArn())
        .input(schedule.payloadJson())
        .retryPolicy(
            CfnSchedule.RetryPolicyProperty.builder()
                .maximumEventAgeInSeconds(SCHEDULE_MAX_EVENT_AGE_SECONDS)
                .maximumRetryAttempts(SCHEDULE_RETRY_ATTEMPTS)
                .build())
        .deadLetterConfig(
            CfnSchedule.DeadLetterConfigProperty.builder()
                .arn(scheduleFailures.getQueueArn())
                .build())
        .build();
  }

  /** May invoke exactly the functions that schedules target, and send to the schedules' DLQ. */
  private Role schedulerRole(List<Schedule> schedules, HubFunctions functions, IKey key) {
    Set<LambdaFunction> targets = new LinkedHashSet<>();
    schedules.forEach(s -> targets.add(s.function()));
    List<String> arns = new ArrayList<>();
    targets.forEach(f -> arns.add(functions.get(f).live().getFunctionArn()));
    String account = Stack.of(this).getAccount();
    PrincipalBase scheduler =
        new ServicePrincipal("scheduler.amazonaws.com")
            .withConditions(Map.of("StringEquals", Map.of("aws:SourceAccount", account)));
    PolicyDocument policy =
        PolicyDocument.Builder.create()
            .statements(
                List.of(
                    FunctionAccess.allow(
                        "InvokeScheduledFunctions", List.of("lambda:InvokeFunction"), arns),
                    FunctionAccess.allow(
                        "SendToScheduleDeadLetterQueue",
                        List.of("sqs:SendMessage"),
                        List.of(scheduleFailures.getQueueArn())),
                    FunctionAccess.keyThroughServices(
                        key, Stack.of(this).getRegion(), List.of("sqs"))))
            .build();
    return Role.Builder.create(this, "SchedulerRole")
        .assumedBy(scheduler)
        .description("ESR Link schedules: invoke the export functions")
        .inlinePolicies(Map.of("least-privilege", policy))
        .build();
  }
}
