package org.gsef.governance.kernel.committee;

/** What makes a ballot pass. */
public enum MajorityRule {
    /** More yes than no; abstentions are not counted. Equal yes and no is a tie. */
    SIMPLE_MAJORITY_OF_VOTES_CAST,
    /** Yes from more than half of all the seats entitled to vote. */
    ABSOLUTE_MAJORITY_OF_VOTING_SEATS,
    /** Yes from at least two thirds of the yes and no votes cast; abstentions are not counted. */
    TWO_THIRDS_OF_VOTES_CAST;

    /**
     * The fewest yes votes that carry the majority, given the seats entitled to vote and the no votes cast: the count
     * decides by it, and the pages draw it as the majority mark of a ballot's tally.
     */
    public int yesNeeded(int entitled, int no) {
        return switch (this) {
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> no + 1;
            case ABSOLUTE_MAJORITY_OF_VOTING_SEATS -> entitled / 2 + 1;
            case TWO_THIRDS_OF_VOTES_CAST -> Math.max(1, 2 * no);
        };
    }
}
