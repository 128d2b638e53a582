package org.gsef.governance.command.committee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.EraseAdvisorName;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordAdvisor;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordCommitteeDecision;
import org.gsef.governance.kernel.committee.CommitteeCommand.RetireSeat;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorNameErased;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.CommitteeDecisionRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.privacy.PersonalDataVault;

/** The Steering Committee: its voting seats, who represents each, and the register of its decisions. */
@Aggregate(cache = AggregateCaching.CACHE)
public class Committee {

    @AggregateIdentifier
    private String committeeId;

    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Set<UUID> recordedDecisions = new HashSet<>();
    private final Set<UUID> advisors = new HashSet<>();

    protected Committee() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EstablishSeat command, Clock clock) {
        Seat existing = seats.get(command.seat().value());
        if (existing != null && !existing.retired()) {
            throw new RuleViolation(
                    "seat-exists",
                    "the seat " + command.seat() + " exists",
                    command.seat().value());
        }
        apply(new SeatEstablished(
                command.seat().value(),
                command.organisationName(),
                command.memberId(),
                command.office(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(AppointDelegate command, Clock clock) {
        Seat seat = activeSeat(command.seat().value());
        if (!command.delegateUserId().equals(seat.delegate())) {
            apply(new DelegateAppointed(seat.code(), command.delegateUserId(), seat.delegate(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RetireSeat command, Clock clock) {
        Seat seat = activeSeat(command.seat().value());
        apply(new SeatRetired(seat.code(), command.reason(), clock.instant()));
    }

    /** Records an advisor, once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordAdvisor command, Clock clock) {
        if (advisors.contains(command.advisorId())) {
            throw new RuleViolation("advisor-exists", "the advisor is on record");
        }
        apply(new AdvisorRecorded(command.advisorId(), command.name(), command.appointedIn(), clock.instant()));
    }

    /** Deletes the key of an advisor's name; a second erasure finds nothing left to erase. */
    @CommandHandler
    public void handle(EraseAdvisorName command, PersonalDataVault vault, Clock clock) {
        if (!advisors.contains(command.advisorId())) {
            throw new RuleViolation("no-such-advisor", "there is no advisor " + command.advisorId());
        }
        if (!vault.erase(command.advisorId())) {
            throw new RuleViolation("nothing-to-erase", "the advisor's name is erased already");
        }
        apply(new AdvisorNameErased(command.advisorId(), command.reason(), clock.instant()));
    }

    /** Enters a ballot's decision into the register, once. */
    @CommandHandler
    public void handle(RecordCommitteeDecision command, Clock clock) {
        if (!recordedDecisions.contains(command.ballotId())) {
            apply(new CommitteeDecisionRecorded(command.ballotId(), command.subject(), clock.instant()));
        }
    }

    /** The seats as they stand: what a ballot takes its electorate and recusals from. */
    public Roster roster() {
        return new Roster(List.copyOf(seats.values()));
    }

    private Seat activeSeat(String code) {
        Seat seat = seats.get(code);
        if (seat == null || seat.retired()) {
            throw new RuleViolation("no-such-seat", "there is no seat " + code, code);
        }
        return seat;
    }

    @EventSourcingHandler
    void on(SeatEstablished event) {
        committeeId = CommitteeCommand.STEERING_COMMITTEE;
        seats.put(
                event.seat(),
                new Seat(event.seat(), event.organisationName(), event.memberId(), event.office(), null, false));
    }

    @EventSourcingHandler
    void on(DelegateAppointed event) {
        seats.computeIfPresent(event.seat(), (code, seat) -> seat.withDelegate(event.delegateUserId()));
    }

    @EventSourcingHandler
    void on(SeatRetired event) {
        seats.computeIfPresent(event.seat(), (code, seat) -> seat.retire());
    }

    @EventSourcingHandler
    void on(AdvisorRecorded event) {
        committeeId = CommitteeCommand.STEERING_COMMITTEE;
        advisors.add(event.advisorId());
    }

    @EventSourcingHandler
    void on(CommitteeDecisionRecorded event) {
        recordedDecisions.add(event.ballotId());
    }

    /** A voting seat and the organisation that holds it. */
    public record Seat(
            String code, String organisationName, UUID memberId, SeatOffice office, String delegate, boolean retired) {

        Seat withDelegate(String delegate) {
            return new Seat(code, organisationName, memberId, office, delegate, retired);
        }

        Seat retire() {
            return new Seat(code, organisationName, memberId, office, delegate, true);
        }
    }

    /** The Committee's seats at one moment. */
    public record Roster(List<Seat> seats) {

        public List<String> votingSeats() {
            return seats.stream()
                    .filter(seat -> !seat.retired())
                    .map(Seat::code)
                    .toList();
        }

        /** The seats held by the member. */
        public List<String> seatsOfMember(UUID memberId) {
            return seats.stream()
                    .filter(seat -> !seat.retired() && memberId != null && memberId.equals(seat.memberId()))
                    .map(Seat::code)
                    .toList();
        }

        /** The seats held by an organisation of that name. */
        public List<String> seatsOfOrganisation(String organisationName) {
            return seats.stream()
                    .filter(seat -> !seat.retired() && seat.organisationName().equalsIgnoreCase(organisationName))
                    .map(Seat::code)
                    .toList();
        }
    }
}
