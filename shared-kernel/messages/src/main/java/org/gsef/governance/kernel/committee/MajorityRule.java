package org.gsef.governance.kernel.committee;

/** What makes a ballot pass. */
public enum MajorityRule {
    /** More yes than no; abstentions are not counted. Equal yes and no is a tie. */
    SIMPLE_MAJORITY_OF_VOTES_CAST,
    /** Yes from more than half of all the seats entitled to vote. */
    ABSOLUTE_MAJORITY_OF_VOTING_SEATS,
    /** Yes from at least two thirds of the yes and no votes cast; abstentions are not counted. */
    TWO_THIRDS_OF_VOTES_CAST
}
