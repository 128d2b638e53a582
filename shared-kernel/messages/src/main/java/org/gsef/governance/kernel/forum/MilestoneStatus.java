package org.gsef.governance.kernel.forum;

public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    AT_RISK,
    CANCELLED
}
