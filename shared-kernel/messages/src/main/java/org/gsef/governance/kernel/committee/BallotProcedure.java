package org.gsef.governance.kernel.committee;

public enum BallotProcedure {
    /** Held at a meeting: quorum from attendance. */
    AT_MEETING,
    /** By written procedure between meetings, open for a fixed period: quorum from participation. */
    WRITTEN
}
