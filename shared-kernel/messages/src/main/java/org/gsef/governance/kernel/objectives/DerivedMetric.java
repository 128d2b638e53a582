package org.gsef.governance.kernel.objectives;

import java.util.EnumSet;
import java.util.Set;
import org.gsef.governance.kernel.program.ActivityKind;

/** What an indicator counts from the record itself, rather than from a report. */
public enum DerivedMetric {
    /** Active members of the network (all regions, or the indicator's region). */
    ACTIVE_MEMBERS(EnumSet.noneOf(ActivityKind.class), false),
    /** Policy dialogues held within the indicator's period. */
    POLICY_DIALOGUES_HELD(EnumSet.of(ActivityKind.POLICY_DIALOGUE), false),
    /** Trainings and capacity-building programs held within the period. */
    TRAININGS_HELD(EnumSet.of(ActivityKind.TRAINING, ActivityKind.CAPACITY_BUILDING), false),
    /** Participants of the trainings and capacity-building programs held within the period. */
    TRAINING_PARTICIPANTS(EnumSet.of(ActivityKind.TRAINING, ActivityKind.CAPACITY_BUILDING), true),
    /** Statutory meetings (Steering Committee, advisors) held within the period. */
    STATUTORY_MEETINGS_HELD(EnumSet.of(ActivityKind.STATUTORY_MEETING), false);

    private final EnumSet<ActivityKind> activityKinds;
    private final boolean countsParticipants;

    DerivedMetric(EnumSet<ActivityKind> activityKinds, boolean countsParticipants) {
        this.activityKinds = activityKinds;
        this.countsParticipants = countsParticipants;
    }

    /** The kinds of activity held in the period that it counts; none for the member count. */
    public Set<ActivityKind> activityKinds() {
        return EnumSet.copyOf(activityKinds);
    }

    /** Whether it adds up the participants of those activities rather than counting them. */
    public boolean countsParticipants() {
        return countsParticipants;
    }
}
