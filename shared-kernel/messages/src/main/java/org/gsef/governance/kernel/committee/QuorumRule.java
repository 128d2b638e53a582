package org.gsef.governance.kernel.committee;

/**
 * How many of the seats entitled to vote must take part for a ballot to decide: the seats that voted, abstentions
 * included (at a meeting, only seats present or represented can vote). Presence alone is not taking part, so a chair
 * voting alone at a full meeting decides nothing.
 */
public enum QuorumRule {
    NONE,
    MAJORITY_OF_SEATS,
    TWO_THIRDS_OF_SEATS;

    /** The number of seats required out of {@code entitled}. */
    public int required(int entitled) {
        return switch (this) {
            case NONE -> 0;
            case MAJORITY_OF_SEATS -> entitled / 2 + 1;
            case TWO_THIRDS_OF_SEATS -> (2 * entitled + 2) / 3;
        };
    }
}
