package org.gsef.governance.kernel.membership;

public enum ApplicationStatus {
    SUBMITTED,
    ADMITTED,
    REJECTED
}
