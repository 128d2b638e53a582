package org.gsef.governance.command.committee.rules;

import java.time.Duration;
import java.util.Set;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;

/**
 * What no change of the standing rules can go below, so that the rules cannot be emptied one vote at a time: a change
 * is decided by written procedure (every seat has the period to answer, where a meeting's quorum could be a handful);
 * no standing rule does without a quorum; a written procedure stays open one day at the least and ninety at the most;
 * and the rule for rule changes itself keeps a quorum and a majority of two thirds and fourteen days.
 */
public final class StandingRuleFloors {

    static final Duration SHORTEST_PERIOD = Duration.ofDays(1);
    static final Duration LONGEST_PERIOD = Duration.ofDays(90);
    static final Duration SHORTEST_RULE_CHANGE_PERIOD = Duration.ofDays(14);
    static final Set<MajorityRule> RULE_CHANGE_MAJORITIES =
            Set.of(MajorityRule.TWO_THIRDS_OF_VOTES_CAST, MajorityRule.ABSOLUTE_MAJORITY_OF_VOTING_SEATS);

    private StandingRuleFloors() {}

    public static void require(BallotProcedure procedure, StandingRuleChange change) {
        if (procedure != BallotProcedure.WRITTEN) {
            throw new RuleViolation(
                    Refusal.RULE_CHANGE_BY_WRITTEN_PROCEDURE, "the standing rules change by written procedure only");
        }
        StandingRule rule = change.rule();
        Duration period = rule.minimumWrittenPeriod();
        boolean below = rule.voting().quorum() == QuorumRule.NONE
                || period.compareTo(SHORTEST_PERIOD) < 0
                || period.compareTo(LONGEST_PERIOD) > 0;
        if (change.appliesTo() == DecisionType.STANDING_RULES_CHANGE) {
            below = below
                    || rule.voting().quorum() != QuorumRule.TWO_THIRDS_OF_SEATS
                    || !RULE_CHANGE_MAJORITIES.contains(rule.voting().majority())
                    || period.compareTo(SHORTEST_RULE_CHANGE_PERIOD) < 0;
        }
        if (below) {
            throw new RuleViolation(
                    Refusal.STANDING_RULE_BELOW_FLOOR, "the proposed rule goes below what no change may go below");
        }
    }
}
