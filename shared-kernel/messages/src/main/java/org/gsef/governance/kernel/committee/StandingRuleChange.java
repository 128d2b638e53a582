package org.gsef.governance.kernel.committee;

import org.gsef.governance.kernel.common.Require;

/** What a ballot on the standing rules proposes: the rule for one type of decision, replacing the one in force. */
public record StandingRuleChange(DecisionType appliesTo, StandingRule rule) {

    public StandingRuleChange {
        Require.present(appliesTo, "appliesTo");
        Require.present(rule, "rule");
    }
}
