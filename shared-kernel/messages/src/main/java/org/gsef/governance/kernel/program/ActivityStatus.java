package org.gsef.governance.kernel.program;

public enum ActivityStatus {
    PLANNED,
    CONFIRMED,
    HELD,
    CANCELLED
}
