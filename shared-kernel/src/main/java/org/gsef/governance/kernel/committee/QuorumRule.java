package org.gsef.governance.kernel.committee;

/**
 * How many of the seats entitled to vote must take part for a ballot to decide: at a meeting, the seats present
 * (themselves or by proxy); by written procedure, the seats that voted, abstentions included.
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
