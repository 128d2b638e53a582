package org.gsef.governance.kernel.program;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything that can happen to an activity of the program. */
public sealed interface ActivityEvent {

    UUID activityId();

    record ActivityScheduled(
            UUID activityId,
            ActivityKind kind,
            String title,
            ActivityDates dates,
            String location,
            List<String> partners,
            Instant at)
            implements ActivityEvent {}

    record ActivityConfirmed(UUID activityId, ActivityDates dates, String location, Instant at)
            implements ActivityEvent {}

    record ActivityRescheduled(UUID activityId, ActivityDates previous, ActivityDates dates, String reason, Instant at)
            implements ActivityEvent {}

    record ActivityHeld(UUID activityId, Integer participants, String outcome, Instant at) implements ActivityEvent {}

    record ActivityCancelled(UUID activityId, String reason, Instant at) implements ActivityEvent {}
}
