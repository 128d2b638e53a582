package org.gsef.governance.kernel.committee;

/** What a tie under the simple majority rule does. */
public enum TieRule {
    FAILS,
    CHAIR_CASTING_VOTE
}
