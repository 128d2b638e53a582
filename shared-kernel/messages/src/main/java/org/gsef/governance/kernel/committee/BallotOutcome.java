package org.gsef.governance.kernel.committee;

public enum BallotOutcome {
    PASSED,
    FAILED,
    NO_QUORUM
}
