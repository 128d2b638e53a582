package org.gsef.governance.query.committee;

/** Where a ballot stands in the read model: open for votes, closed with an outcome, or cancelled without one. */
public enum BallotState {
    OPEN,
    CLOSED,
    CANCELLED
}
