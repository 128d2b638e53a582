package org.gsef.governance.kernel.membership;

/** Where an application stands. */
public enum ApplicationStatus {
    SUBMITTED,
    RETURNED_FOR_INFORMATION,
    REVIEWED,
    BEFORE_COMMITTEE,
    ADMITTED,
    REJECTED,
    DEFERRED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == ADMITTED || this == REJECTED || this == WITHDRAWN;
    }
}
