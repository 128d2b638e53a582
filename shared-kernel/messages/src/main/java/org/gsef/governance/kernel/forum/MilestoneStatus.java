package org.gsef.governance.kernel.forum;

public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    AT_RISK,
    CANCELLED;

    /** Still to be done: neither done nor cancelled. An open milestone past its due day is late. */
    public boolean open() {
        return this != DONE && this != CANCELLED;
    }

    /** Late on {@code day}: open, and due before it. */
    public boolean lateOn(java.time.LocalDate dueOn, java.time.LocalDate day) {
        return open() && dueOn != null && dueOn.isBefore(day);
    }
}
