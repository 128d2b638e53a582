package org.gsef.governance.command.committee.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.junit.jupiter.api.Test;

class StandingRuleFloorsTest {

    static StandingRuleChange change(DecisionType type, QuorumRule quorum, MajorityRule majority, Duration period) {
        return new StandingRuleChange(type, new StandingRule(new VotingRule(quorum, majority, TieRule.FAILS), period));
    }

    static Refusal refusal(BallotProcedure procedure, StandingRuleChange change) {
        RuleViolation refused =
                catchThrowableOfType(RuleViolation.class, () -> StandingRuleFloors.require(procedure, change));
        return refused == null ? null : refused.refusal();
    }

    @Test
    void the_rule_for_rule_changes_cannot_be_emptied_and_no_rule_does_without_a_quorum() {
        assertThat(refusal(
                        BallotProcedure.WRITTEN,
                        change(
                                DecisionType.STANDING_RULES_CHANGE,
                                QuorumRule.NONE,
                                MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                                Duration.ZERO)))
                .isEqualTo(Refusal.STANDING_RULE_BELOW_FLOOR);
        assertThat(refusal(
                        BallotProcedure.WRITTEN,
                        change(
                                DecisionType.STANDING_RULES_CHANGE,
                                QuorumRule.TWO_THIRDS_OF_SEATS,
                                MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                                Duration.ofDays(14))))
                .as("a simple majority for rule changes")
                .isEqualTo(Refusal.STANDING_RULE_BELOW_FLOOR);
        assertThat(refusal(
                        BallotProcedure.WRITTEN,
                        change(
                                DecisionType.ADMISSION,
                                QuorumRule.NONE,
                                MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                                Duration.ofDays(7))))
                .isEqualTo(Refusal.STANDING_RULE_BELOW_FLOOR);
        assertThat(refusal(
                        BallotProcedure.WRITTEN,
                        change(
                                DecisionType.ADMISSION,
                                QuorumRule.MAJORITY_OF_SEATS,
                                MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                                Duration.ofDays(999_999_999))))
                .as("a period no ballot could have")
                .isEqualTo(Refusal.STANDING_RULE_BELOW_FLOOR);
    }

    @Test
    void rules_change_by_written_procedure_within_the_floors() {
        StandingRuleChange twoThirds = change(
                DecisionType.STANDING_RULES_CHANGE,
                QuorumRule.TWO_THIRDS_OF_SEATS,
                MajorityRule.TWO_THIRDS_OF_VOTES_CAST,
                Duration.ofDays(21));
        assertThat(refusal(BallotProcedure.AT_MEETING, twoThirds)).isEqualTo(Refusal.RULE_CHANGE_BY_WRITTEN_PROCEDURE);
        assertThatCode(() -> StandingRuleFloors.require(BallotProcedure.WRITTEN, twoThirds))
                .doesNotThrowAnyException();
    }
}
