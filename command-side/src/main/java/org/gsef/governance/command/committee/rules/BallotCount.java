package org.gsef.governance.command.committee.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;

/**
 * Counts a ballot under its rule: first the quorum, then the majority, then, for a tie, the tie rule. A tie under the
 * chair's casting vote rule is decided by the casting vote when given; fails when no casting vote is possible (the
 * chair's seat not entitled, or absent from the meeting); and is otherwise still open ({@link #castingVotePending()}).
 *
 * @param tie true when the simple majority rule found as many yes as no (and at least one of each)
 * @param castingVoteUsed whether the chair's casting vote decided a tie
 */
public record BallotCount(
        BallotOutcome outcome,
        BallotResultReason reason,
        Tally tally,
        int entitled,
        int quorumRequired,
        int quorumReached,
        boolean tie,
        boolean castingVoteUsed) {

    /**
     * @param entitled the seats entitled to vote
     * @param present at a meeting, the entitled seats present or represented (only they may vote there)
     * @param votes the last vote of each seat, of those that count
     * @param castingVote the chair's casting vote, if given
     * @param castingVotePossible whether the chair's seat may give a casting vote on this ballot
     */
    public static BallotCount of(
            VotingRule rule,
            BallotProcedure procedure,
            int entitled,
            Collection<String> present,
            Map<String, VoteChoice> votes,
            VoteChoice castingVote,
            boolean castingVotePossible) {
        Tally tally = Tally.EMPTY;
        for (VoteChoice choice : votes.values()) {
            tally = tally.plus(choice);
        }
        int reached = votes.size();
        return of(rule, entitled, reached, tally, castingVote, castingVotePossible);
    }

    private static BallotCount of(
            VotingRule rule,
            int entitled,
            int reached,
            Tally tally,
            VoteChoice castingVote,
            boolean castingVotePossible) {
        int required = rule.quorum().required(entitled);
        if (reached < required) {
            return new BallotCount(
                    BallotOutcome.NO_QUORUM,
                    BallotResultReason.QUORUM_NOT_REACHED,
                    tally,
                    entitled,
                    required,
                    reached,
                    false,
                    false);
        }
        int yes = tally.yes();
        int no = tally.no();
        boolean passed = yes >= rule.majority().yesNeeded(entitled, no);
        boolean tie = rule.majority() == MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST && yes == no && yes > 0;
        if (!tie) {
            return new BallotCount(
                    passedIf(passed),
                    passed ? BallotResultReason.MAJORITY_REACHED : BallotResultReason.MAJORITY_NOT_REACHED,
                    tally,
                    entitled,
                    required,
                    reached,
                    false,
                    false);
        }
        if (rule.tie() == TieRule.FAILS) {
            return new BallotCount(
                    BallotOutcome.FAILED,
                    BallotResultReason.TIE_FAILS,
                    tally,
                    entitled,
                    required,
                    reached,
                    true,
                    false);
        }
        if (castingVote != null) {
            return new BallotCount(
                    passedIf(castingVote == VoteChoice.YES),
                    BallotResultReason.TIE_BROKEN_BY_CASTING_VOTE,
                    tally,
                    entitled,
                    required,
                    reached,
                    true,
                    true);
        }
        BallotResultReason reason = castingVotePossible
                ? BallotResultReason.TIE_UNBROKEN_AT_DEADLINE
                : BallotResultReason.TIE_NO_CASTING_VOTE_POSSIBLE;
        return new BallotCount(BallotOutcome.FAILED, reason, tally, entitled, required, reached, true, false);
    }

    /**
     * A tie the chair can still break with a casting vote: closing by hand needs one; at the deadline it fails as
     * {@link BallotResultReason#TIE_UNBROKEN_AT_DEADLINE}.
     */
    public boolean castingVotePending() {
        return reason == BallotResultReason.TIE_UNBROKEN_AT_DEADLINE;
    }

    /**
     * Whether the outcome can no longer change, whatever the seats that may still vote do (vote yes, no, abstain, or
     * not at all): the condition for closing a ballot before its deadline. A tie the chair may break counts as an
     * outcome of its own, so a ballot that could still end in one is not settled unless every seat has voted.
     *
     * @param stillToVote the seats that may still vote: by written procedure the entitled seats that have not voted,
     *     at a meeting those present or represented that have not
     */
    public static boolean settled(
            VotingRule rule,
            BallotProcedure procedure,
            int entitled,
            Collection<String> present,
            Map<String, VoteChoice> votes,
            int stillToVote,
            boolean castingVotePossible) {
        BallotCount now = of(rule, procedure, entitled, present, votes, null, castingVotePossible);
        Set<String> outcomes = new HashSet<>();
        for (int yes = 0; yes <= stillToVote; yes++) {
            for (int no = 0; yes + no <= stillToVote; no++) {
                for (int abstain = 0; yes + no + abstain <= stillToVote; abstain++) {
                    Tally tally = new Tally(
                            now.tally().yes() + yes,
                            now.tally().no() + no,
                            now.tally().abstain() + abstain);
                    int reached = tally.cast();
                    BallotCount count = of(rule, entitled, reached, tally, null, castingVotePossible);
                    outcomes.add(
                            count.castingVotePending()
                                    ? "casting vote"
                                    : count.outcome().name());
                    if (outcomes.size() > 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static BallotOutcome passedIf(boolean passed) {
        return passed ? BallotOutcome.PASSED : BallotOutcome.FAILED;
    }
}
