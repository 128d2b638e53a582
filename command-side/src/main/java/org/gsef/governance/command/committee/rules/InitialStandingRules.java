package org.gsef.governance.command.committee.rules;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The standing rules a Committee starts from, one per decision type: recorded in the Committee's history before its
 * first ballot of that type opens, and from then on changed only by a Committee decision under the rule for rule
 * changes. Configurable before that first ballot as {@code gsef.governance.rules.<type>.quorum}, {@code .majority} and
 * {@code .tie} (all three), and {@code gsef.governance.minimum-written-periods.<type>=P7D}.
 */
@ConfigurationProperties("gsef.governance")
public class InitialStandingRules {

    private final Map<DecisionType, VotingRule> rules = new EnumMap<>(DecisionType.class);
    private final Map<DecisionType, Duration> minimumWrittenPeriods = new EnumMap<>(DecisionType.class);

    public InitialStandingRules() {
        VotingRule majorityOfVotesCast =
                new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
        VotingRule chairDecidesTies = new VotingRule(
                QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.CHAIR_CASTING_VOTE);
        rules.put(DecisionType.ADMISSION, majorityOfVotesCast);
        rules.put(DecisionType.ADVISOR_APPOINTMENT, majorityOfVotesCast);
        rules.put(DecisionType.MINUTES_APPROVAL, majorityOfVotesCast);
        rules.put(DecisionType.THEME_ADOPTION, chairDecidesTies);
        rules.put(DecisionType.RESOLUTION, chairDecidesTies);
        rules.put(
                DecisionType.STANDING_RULES_CHANGE,
                new VotingRule(QuorumRule.TWO_THIRDS_OF_SEATS, MajorityRule.TWO_THIRDS_OF_VOTES_CAST, TieRule.FAILS));
        for (DecisionType type : DecisionType.values()) {
            minimumWrittenPeriods.put(
                    type, type == DecisionType.STANDING_RULES_CHANGE ? Duration.ofDays(14) : Duration.ofDays(7));
        }
    }

    /** Every decision type's initial standing rule. */
    public Map<DecisionType, StandingRule> all() {
        Map<DecisionType, StandingRule> all = new EnumMap<>(DecisionType.class);
        for (DecisionType type : DecisionType.values()) {
            all.put(type, new StandingRule(rules.get(type), minimumWrittenPeriods.get(type)));
        }
        return all;
    }

    /** Bound from configuration: {@code gsef.governance.rules.admission.majority=two-thirds-of-votes-cast}. */
    public Map<DecisionType, VotingRule> getRules() {
        return rules;
    }

    /** Bound from configuration: {@code gsef.governance.minimum-written-periods.resolution=P3D}. */
    public Map<DecisionType, Duration> getMinimumWrittenPeriods() {
        return minimumWrittenPeriods;
    }
}
