package org.gsef.governance.command.membership;

import org.gsef.governance.kernel.membership.AdmissionOutcome;
import org.gsef.governance.kernel.membership.Tally;

/** Admitted when more seats vote yes than no; abstentions are not counted and a tie fails. */
public final class SimpleMajorityOfVotesCast implements AdmissionRule {

    public static final SimpleMajorityOfVotesCast INSTANCE = new SimpleMajorityOfVotesCast();

    private SimpleMajorityOfVotesCast() {}

    @Override
    public String name() {
        return "simple-majority-of-votes-cast";
    }

    @Override
    public AdmissionOutcome decide(Tally tally) {
        return tally.yes() > tally.no() ? AdmissionOutcome.ADMITTED : AdmissionOutcome.REJECTED;
    }
}
