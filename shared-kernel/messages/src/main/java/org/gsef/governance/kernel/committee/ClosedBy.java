package org.gsef.governance.kernel.committee;

public enum ClosedBy {
    CHAIR,
    SECRETARIAT,
    DEADLINE
}
