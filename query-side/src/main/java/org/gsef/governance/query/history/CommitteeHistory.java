package org.gsef.governance.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeEvent;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRule;
import org.springframework.stereotype.Component;

/**
 * The Steering Committee as the events recorded up to an instant make it: its seats with their delegates (retired
 * seats kept, with when and why) and the standing rule in force for each type of decision, with where it came from.
 */
@Component
public class CommitteeHistory {

    private final RecordedEvents recorded;

    public CommitteeHistory(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /** A seat as it stood; {@code retiredAt} is null while it is held. */
    public record Seat(
            String seat,
            String organisationName,
            UUID memberId,
            SeatOffice office,
            String delegateUserId,
            Instant establishedAt,
            Instant delegateSince,
            Instant retiredAt,
            String retiredReason) {}

    /** A standing rule in force, and where it came from: the ballot that adopted it, or the recorded source. */
    public record RuleInForce(DecisionType type, StandingRule rule, UUID ballotId, String source, Instant since) {}

    public record Committee(Instant asOf, List<Seat> seats, List<RuleInForce> standingRules) {}

    public Committee committee(Instant asOf) {
        Map<String, Seat> seats = new TreeMap<>();
        Map<DecisionType, RuleInForce> rules = new TreeMap<>();
        for (DomainEventMessage<?> message : recorded.eventsOf(CommitteeCommand.STEERING_COMMITTEE, asOf)) {
            switch ((CommitteeEvent) message.getPayload()) {
                case CommitteeEvent.SeatEstablished established ->
                    seats.put(
                            established.seat(),
                            new Seat(
                                    established.seat(),
                                    established.organisationName(),
                                    established.memberId(),
                                    established.office(),
                                    null,
                                    established.at(),
                                    null,
                                    null,
                                    null));
                case CommitteeEvent.DelegateAppointed appointed ->
                    seats.computeIfPresent(
                            appointed.seat(),
                            (id, seat) -> new Seat(
                                    id,
                                    seat.organisationName(),
                                    seat.memberId(),
                                    seat.office(),
                                    appointed.delegateUserId(),
                                    seat.establishedAt(),
                                    appointed.at(),
                                    seat.retiredAt(),
                                    seat.retiredReason()));
                case CommitteeEvent.SeatRetired retired ->
                    seats.computeIfPresent(
                            retired.seat(),
                            (id, seat) -> new Seat(
                                    id,
                                    seat.organisationName(),
                                    seat.memberId(),
                                    seat.office(),
                                    seat.delegateUserId(),
                                    seat.establishedAt(),
                                    seat.delegateSince(),
                                    retired.at(),
                                    retired.reason()));
                case CommitteeEvent.StandingRulesRecorded initial ->
                    initial.rules()
                            .forEach((type, rule) -> rules.putIfAbsent(
                                    type, new RuleInForce(type, rule, null, initial.source(), initial.at())));
                case CommitteeEvent.StandingRuleAdopted adopted ->
                    rules.put(
                            adopted.type(),
                            new RuleInForce(adopted.type(), adopted.rule(), adopted.ballotId(), null, adopted.at()));
                default -> {
                    // advisors, decisions and conflicts of interest do not change the seats or the rules
                }
            }
        }
        List<Seat> ordered = new ArrayList<>(seats.values());
        ordered.sort(Comparator.comparing(Seat::seat));
        return new Committee(asOf, ordered, List.copyOf(rules.values()));
    }
}
