package org.gsef.governance.command.program;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.program.ActivityCommand.CancelActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ConfirmActivity;
import org.gsef.governance.kernel.program.ActivityCommand.RecordActivityHeld;
import org.gsef.governance.kernel.program.ActivityCommand.RescheduleActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ScheduleActivity;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityCancelled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityConfirmed;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityHeld;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityRescheduled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityScheduled;
import org.gsef.governance.kernel.program.ActivityStatus;

/** An activity of the program: planned, confirmed, held (with participants and outcome) or cancelled. */
@Aggregate(cache = AggregateCaching.CACHE)
public class Activity {

    @AggregateIdentifier
    private String activityId;

    private UUID id;
    private ActivityStatus status;
    private ActivityDates dates;

    protected Activity() {}

    @CommandHandler
    public Activity(ScheduleActivity command, Clock clock) {
        apply(new ActivityScheduled(
                command.activityId(),
                command.kind(),
                command.title(),
                command.dates(),
                command.location(),
                command.partners(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ConfirmActivity command, Clock clock) {
        require(ActivityStatus.PLANNED, ActivityStatus.CONFIRMED);
        apply(new ActivityConfirmed(id, command.dates(), command.location(), clock.instant()));
    }

    @CommandHandler
    public void handle(RescheduleActivity command, Clock clock) {
        require(ActivityStatus.PLANNED, ActivityStatus.CONFIRMED);
        apply(new ActivityRescheduled(id, dates, command.dates(), command.reason(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordActivityHeld command, Clock clock) {
        require(ActivityStatus.PLANNED, ActivityStatus.CONFIRMED);
        apply(new ActivityHeld(id, command.participants(), command.outcome(), clock.instant()));
    }

    @CommandHandler
    public void handle(CancelActivity command, Clock clock) {
        require(ActivityStatus.PLANNED, ActivityStatus.CONFIRMED);
        apply(new ActivityCancelled(id, command.reason(), clock.instant()));
    }

    private void require(ActivityStatus... allowed) {
        for (ActivityStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new RuleViolation(Refusal.ACTIVITY_STATUS, "the activity is " + status, status);
    }

    @EventSourcingHandler
    void on(ActivityScheduled event) {
        activityId = event.activityId().toString();
        id = event.activityId();
        status = ActivityStatus.PLANNED;
        dates = event.dates();
    }

    @EventSourcingHandler
    void on(ActivityConfirmed event) {
        status = ActivityStatus.CONFIRMED;
        dates = event.dates();
    }

    @EventSourcingHandler
    void on(ActivityRescheduled event) {
        dates = event.dates();
    }

    @EventSourcingHandler
    void on(ActivityHeld event) {
        status = ActivityStatus.HELD;
    }

    @EventSourcingHandler
    void on(ActivityCancelled event) {
        status = ActivityStatus.CANCELLED;
    }
}
