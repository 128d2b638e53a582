package org.gsef.governance.kernel.objectives;

/** What an indicator counts from the record itself, rather than from a report. */
public enum DerivedMetric {
    /** Active members of the network (all regions, or the indicator's region). */
    ACTIVE_MEMBERS,
    /** Policy dialogues held within the indicator's period. */
    POLICY_DIALOGUES_HELD,
    /** Trainings and capacity-building programs held within the period. */
    TRAININGS_HELD,
    /** Participants of the trainings and capacity-building programs held within the period. */
    TRAINING_PARTICIPANTS,
    /** Statutory meetings (Steering Committee, advisors) held within the period. */
    STATUTORY_MEETINGS_HELD
}
