package org.gsef.governance.kernel.committee;

/** Why a ballot ended as it did: the step of the count that decided it. */
public enum BallotResultReason {
    /** The quorum was reached and the majority voted yes. */
    MAJORITY_REACHED,
    /** The quorum was reached and the majority was not. */
    MAJORITY_NOT_REACHED,
    /** Too few seats took part: the ballot fails for that reason and decides nothing. */
    QUORUM_NOT_REACHED,
    /** A tie under a rule where a tie fails. */
    TIE_FAILS,
    /** A tie the chair broke with a casting vote. */
    TIE_BROKEN_BY_CASTING_VOTE,
    /** A tie that no casting vote could break: the chair's seat was not entitled, or absent from the meeting. */
    TIE_NO_CASTING_VOTE_POSSIBLE,
    /** A tie still unbroken when the deadline came. */
    TIE_UNBROKEN_AT_DEADLINE
}
