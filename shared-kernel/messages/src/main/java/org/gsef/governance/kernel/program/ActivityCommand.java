package org.gsef.governance.kernel.program;

import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands of an activity of the program. */
public sealed interface ActivityCommand {

    UUID activityId();

    /** A command to an existing activity, routed to it by its identifier. */
    sealed interface Targeted extends ActivityCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return activityId().toString();
        }
    }

    record ScheduleActivity(
            UUID activityId,
            ActivityKind kind,
            String title,
            ActivityDates dates,
            String location,
            List<String> partners)
            implements ActivityCommand {
        public ScheduleActivity {
            Require.present(activityId, "activityId");
            Require.present(kind, "kind");
            title = Require.text(title, "title", 500).strip();
            Require.present(dates, "dates");
            location = location == null || location.isBlank()
                    ? null
                    : Require.text(location, "location", 200).strip();
            partners = partners == null
                    ? List.of()
                    : partners.stream()
                            .map(partner ->
                                    Require.text(partner, "partner", 200).strip())
                            .toList();
        }
    }

    /** The date and place are confirmed. */
    record ConfirmActivity(UUID activityId, ActivityDates dates, String location) implements Targeted {
        public ConfirmActivity {
            Require.present(activityId, "activityId");
            Require.present(dates, "dates");
            dates = new ActivityDates(dates.from(), dates.to(), dates.monthOnly(), false);
            location = location == null || location.isBlank()
                    ? null
                    : Require.text(location, "location", 200).strip();
        }
    }

    record RescheduleActivity(UUID activityId, ActivityDates dates, String reason) implements Targeted {
        public RescheduleActivity {
            Require.present(activityId, "activityId");
            Require.present(dates, "dates");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** The activity took place: how many took part, and what came of it. */
    record RecordActivityHeld(UUID activityId, Integer participants, String outcome) implements Targeted {
        public RecordActivityHeld {
            Require.present(activityId, "activityId");
            if (participants != null && participants < 0) {
                throw new IllegalArgumentException("participants cannot be negative");
            }
            outcome = outcome == null
                    ? null
                    : Require.text(outcome, "outcome", 4000).strip();
        }
    }

    record CancelActivity(UUID activityId, String reason) implements Targeted {
        public CancelActivity {
            Require.present(activityId, "activityId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }
}
