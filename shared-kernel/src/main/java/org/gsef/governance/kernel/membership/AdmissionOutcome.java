package org.gsef.governance.kernel.membership;

public enum AdmissionOutcome {
    ADMITTED,
    REJECTED
}
