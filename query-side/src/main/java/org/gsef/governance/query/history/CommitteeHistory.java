package org.gsef.governance.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.committee.BallotEvent;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeEvent;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRule;
import org.springframework.stereotype.Component;

/**
 * The Steering Committee as the events recorded up to an instant make it: its seats with their delegates (retired
 * seats kept, with when and why) and the standing rule in force for each type of decision, with where it came from.
 * Given a day, only what had taken effect by that day: a seat, a delegate's appointment or a retirement by the day it
 * took effect (the 2019 Committee, entered later, took effect on 1 January 2019), a standing rule adopted by ballot
 * from the day that ballot's decision took effect; the initial standing rules are those the Committee starts from.
 */
@Component
public class CommitteeHistory {

    private final RecordedEvents recorded;

    public CommitteeHistory(RecordedEvents recorded) {
        this.recorded = recorded;
    }

    /**
     * A seat as it stood; {@code retiredAt} is null while it is held. The instants are when each change was recorded,
     * the days when it took effect.
     */
    public record Seat(
            String seat,
            String organisationName,
            UUID memberId,
            SeatOffice office,
            String delegateUserId,
            Instant establishedAt,
            Instant delegateSince,
            Instant retiredAt,
            String retiredReason,
            LocalDate establishedOn,
            LocalDate delegateOn,
            LocalDate retiredOn) {}

    /** A standing rule in force, and where it came from: the ballot that adopted it, or the recorded source. */
    public record RuleInForce(DecisionType type, StandingRule rule, UUID ballotId, String source, Instant since) {}

    /** @param on the day it stood on, by effective dates; null: as recorded, whatever day each change took effect */
    public record Committee(Instant asOf, LocalDate on, List<Seat> seats, List<RuleInForce> standingRules) {}

    /** The Committee as recorded up to {@code asOf}, every change taken as in effect. */
    public Committee committee(Instant asOf) {
        return committee(asOf, null);
    }

    /** The Committee on the day {@code on} (null: every change), as recorded up to {@code asOf}. */
    public Committee committee(Instant asOf, LocalDate on) {
        Map<String, Seat> seats = new TreeMap<>();
        Map<DecisionType, RuleInForce> rules = new TreeMap<>();
        for (DomainEventMessage<?> message : recorded.eventsOf(CommitteeCommand.STEERING_COMMITTEE, asOf)) {
            if (on != null && effectiveOn(message, asOf).isAfter(on)) {
                continue;
            }
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
                                    null,
                                    established.effectiveOn(),
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
                                    seat.retiredReason(),
                                    seat.establishedOn(),
                                    appointed.effectiveOn(),
                                    seat.retiredOn()));
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
                                    retired.reason(),
                                    seat.establishedOn(),
                                    seat.delegateOn(),
                                    retired.effectiveOn()));
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
        return new Committee(asOf, on, ordered, List.copyOf(rules.values()));
    }

    /**
     * The day a change took effect: the one its event names; for a rule adopted by ballot, the day that ballot's
     * decision took effect; the initial rules, from the start; anything else, the day it was recorded.
     */
    private LocalDate effectiveOn(DomainEventMessage<?> message, Instant asOf) {
        return switch ((CommitteeEvent) message.getPayload()) {
            case CommitteeEvent.SeatEstablished established -> established.effectiveOn();
            case CommitteeEvent.DelegateAppointed appointed -> appointed.effectiveOn();
            case CommitteeEvent.SeatRetired retired -> retired.effectiveOn();
            case CommitteeEvent.StandingRulesRecorded initial -> LocalDate.MIN;
            case CommitteeEvent.StandingRuleAdopted adopted ->
                recorded.eventsOf(adopted.ballotId().toString(), asOf).stream()
                        .map(DomainEventMessage::getPayload)
                        .filter(BallotEvent.BallotClosed.class::isInstance)
                        .map(closed -> ((BallotEvent.BallotClosed) closed).effectiveOn())
                        .findFirst()
                        .orElse(LocalDate.ofInstant(adopted.at(), ZoneOffset.UTC));
            default -> LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
        };
    }
}
