package org.gsef.governance.command.committee.rules;

import java.util.EnumMap;
import java.util.Map;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default voting rule of each decision type, configurable as {@code gsef.governance.rules.<type>.quorum},
 * {@code .majority} and {@code .tie}. A ballot may state another rule when it opens; either way the rule is recorded
 * with the ballot.
 */
@ConfigurationProperties("gsef.governance")
public class VotingRules {

    private final Map<DecisionType, VotingRule> rules = new EnumMap<>(DecisionType.class);

    public VotingRules() {
        VotingRule majorityOfVotesCast =
                new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
        rules.put(DecisionType.ADMISSION, majorityOfVotesCast);
        rules.put(DecisionType.ADVISOR_APPOINTMENT, majorityOfVotesCast);
        rules.put(DecisionType.MINUTES_APPROVAL, majorityOfVotesCast);
        rules.put(
                DecisionType.THEME_ADOPTION,
                new VotingRule(
                        QuorumRule.MAJORITY_OF_SEATS,
                        MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                        TieRule.CHAIR_CASTING_VOTE));
        rules.put(
                DecisionType.RESOLUTION,
                new VotingRule(
                        QuorumRule.MAJORITY_OF_SEATS,
                        MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST,
                        TieRule.CHAIR_CASTING_VOTE));
    }

    public VotingRule forType(DecisionType type) {
        return rules.get(type);
    }

    /** Bound from configuration: {@code gsef.governance.rules.admission.majority=two-thirds-of-votes-cast}. */
    public Map<DecisionType, VotingRule> getRules() {
        return rules;
    }
}
