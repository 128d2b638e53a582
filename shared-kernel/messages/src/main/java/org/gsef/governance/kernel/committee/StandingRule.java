package org.gsef.governance.kernel.committee;

import java.time.Duration;
import org.gsef.governance.kernel.common.Require;

/**
 * The Committee's standing rule for one type of decision: how its ballots are counted, and how long a written
 * procedure stays open at the least. A ballot takes the rule in force when it opens; nobody chooses another in a
 * request, and only a Committee decision under the rule for rule changes replaces it.
 */
public record StandingRule(VotingRule voting, Duration minimumWrittenPeriod) {

    public StandingRule {
        Require.present(voting, "voting");
        Require.present(minimumWrittenPeriod, "minimumWrittenPeriod");
        if (minimumWrittenPeriod.isNegative()) {
            throw new IllegalArgumentException("a minimum period cannot be negative");
        }
    }
}
