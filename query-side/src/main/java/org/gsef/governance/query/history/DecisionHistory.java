package org.gsef.governance.query.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.Tally;
import org.springframework.stereotype.Component;

/** The Committee's register of decisions as of any instant, computed from the events recorded up to that instant. */
@Component
public class DecisionHistory {

    private final RecordedEvents recorded;

    public DecisionHistory(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /** A decision of the Committee: a closed ballot, its result, tally and rule. */
    public record Decision(
            UUID ballotId,
            DecisionType type,
            UUID referenceId,
            String title,
            BallotOutcome outcome,
            Tally tally,
            VotingRule rule,
            int quorumRequired,
            int quorumReached,
            BallotResultReason reason,
            Instant decidedAt) {}

    /** The Committee's register of decisions as the events recorded up to {@code asOf} make it, oldest first. */
    public List<Decision> decisions(Instant asOf) {
        Map<UUID, Decision> decisions = new LinkedHashMap<>();
        for (String id : recorded.entitiesOfType("Ballot")) {
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                if (message.getPayload() instanceof BallotClosed closed) {
                    decisions.put(
                            closed.ballotId(),
                            new Decision(
                                    closed.ballotId(),
                                    closed.subject().type(),
                                    closed.subject().referenceId(),
                                    closed.subject().title(),
                                    closed.outcome(),
                                    closed.tally(),
                                    closed.rule(),
                                    closed.quorumRequired(),
                                    closed.quorumReached(),
                                    closed.reason(),
                                    closed.at()));
                }
            }
        }
        return decisions.values().stream()
                .sorted(Comparator.comparing(Decision::decidedAt))
                .toList();
    }
}
