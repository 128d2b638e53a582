package org.gsef.governance.kernel.program;

/** The kinds of activity in GSEF's yearly program. */
public enum ActivityKind {
    STATUTORY_MEETING,
    POLICY_DIALOGUE,
    CAPACITY_BUILDING,
    TRAINING,
    RESEARCH_MILESTONE,
    YOUTH_EVENT,
    NETWORK_AND_ADVOCACY,
    FORUM
}
