package org.gsef.governance.kernel.committee;

import org.gsef.governance.kernel.common.Require;

/** The rule a ballot states when it opens, and decides by. */
public record VotingRule(QuorumRule quorum, MajorityRule majority, TieRule tie) {

    public VotingRule {
        Require.present(quorum, "quorum");
        Require.present(majority, "majority");
        Require.present(tie, "tie");
    }

    /** A name for the record: {@code quorum/majority/tie}. */
    public String name() {
        return quorum.name().toLowerCase() + "/" + majority.name().toLowerCase() + "/"
                + tie.name().toLowerCase();
    }
}
