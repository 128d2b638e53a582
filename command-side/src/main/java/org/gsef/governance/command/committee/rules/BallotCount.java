package org.gsef.governance.command.committee.rules;

import java.util.Collection;
import java.util.Map;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;

/**
 * Counts a ballot under its rule: first the quorum, then the majority, then, for a tie, the tie rule.
 *
 * @param tie true when the simple majority rule found as many yes as no (and at least one of each)
 * @param castingVoteUsed whether the chair's casting vote decided a tie
 */
public record BallotCount(
        BallotOutcome outcome,
        Tally tally,
        int entitled,
        int quorumRequired,
        int quorumReached,
        boolean tie,
        boolean castingVoteUsed) {

    /**
     * @param entitled the seats entitled to vote
     * @param present at a meeting, the entitled seats present or represented; ignored by written procedure
     * @param votes the last vote of each seat
     * @param castingVote the chair's casting vote, if given
     */
    public static BallotCount of(
            VotingRule rule,
            BallotProcedure procedure,
            int entitled,
            Collection<String> present,
            Map<String, VoteChoice> votes,
            VoteChoice castingVote) {
        Tally tally = Tally.EMPTY;
        for (VoteChoice choice : votes.values()) {
            tally = tally.plus(choice);
        }
        int reached = procedure == BallotProcedure.AT_MEETING ? present.size() : votes.size();
        int required = rule.quorum().required(entitled);
        if (reached < required) {
            return new BallotCount(BallotOutcome.NO_QUORUM, tally, entitled, required, reached, false, false);
        }
        int yes = tally.yes();
        int no = tally.no();
        return switch (rule.majority()) {
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> {
                if (yes != no || yes == 0) {
                    yield new BallotCount(passedIf(yes > no), tally, entitled, required, reached, false, false);
                }
                boolean casting = rule.tie() == TieRule.CHAIR_CASTING_VOTE && castingVote != null;
                BallotOutcome outcome = casting ? passedIf(castingVote == VoteChoice.YES) : BallotOutcome.FAILED;
                yield new BallotCount(outcome, tally, entitled, required, reached, true, casting);
            }
            case ABSOLUTE_MAJORITY_OF_VOTING_SEATS ->
                new BallotCount(passedIf(2 * yes > entitled), tally, entitled, required, reached, false, false);
            case TWO_THIRDS_OF_VOTES_CAST ->
                new BallotCount(
                        passedIf(yes > 0 && 3 * yes >= 2 * (yes + no)),
                        tally,
                        entitled,
                        required,
                        reached,
                        false,
                        false);
        };
    }

    /** A tie the chair must break before the ballot can be closed by hand. */
    public boolean needsCastingVote(VotingRule rule) {
        return tie && rule.tie() == TieRule.CHAIR_CASTING_VOTE && !castingVoteUsed;
    }

    private static BallotOutcome passedIf(boolean passed) {
        return passed ? BallotOutcome.PASSED : BallotOutcome.FAILED;
    }
}
