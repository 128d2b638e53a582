package org.gsef.governance.query.rebuild;

/** Where a rebuild stands: running, done (its shadow can be compared and promoted), failed, or live. */
public enum RebuildStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    PROMOTED
}
