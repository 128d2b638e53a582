package org.gsef.governance.command.committee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.command.membership.OrganisationKey;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.DeclareConflictOfInterest;
import org.gsef.governance.kernel.committee.CommitteeCommand.EraseAdvisorName;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordAdvisor;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordCommitteeDecision;
import org.gsef.governance.kernel.committee.CommitteeCommand.RetireSeat;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorNameErased;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.CommitteeDecisionRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.ConflictOfInterestDeclared;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRuleAdopted;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRulesRecorded;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.platform.privacy.PersonalDataVault;

/**
 * The Steering Committee: its voting seats and who represents each, its standing rules, the declared conflicts of
 * interest of its seats, and the register of its decisions.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class Committee {

    @AggregateIdentifier
    private String committeeId;

    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final Set<UUID> recordedDecisions = new HashSet<>();
    private final Set<UUID> advisors = new HashSet<>();
    private final Map<DecisionType, RuleInForce> standingRules = new EnumMap<>(DecisionType.class);
    private final Set<UUID> adoptedRuleChanges = new HashSet<>();
    private final Map<UUID, Set<String>> conflicts = new HashMap<>();

    protected Committee() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EstablishSeat command, Clock clock) {
        Seat existing = seats.get(command.seat().value());
        if (existing != null && !existing.retired()) {
            throw new RuleViolation(
                    Refusal.SEAT_EXISTS,
                    "the seat " + command.seat() + " exists",
                    command.seat().value());
        }
        apply(new SeatEstablished(
                command.seat().value(),
                command.organisationName(),
                command.memberId(),
                command.office(),
                clock.instant(),
                effectiveOn(command.effectiveOn(), clock)));
    }

    @CommandHandler
    public void handle(AppointDelegate command, Clock clock) {
        Seat seat = activeSeat(command.seat().value());
        List<String> held = roster().seatsRepresentedBy(command.delegateUserId()).stream()
                .filter(other -> !other.equals(seat.code()))
                .toList();
        if (!held.isEmpty()) {
            throw new RuleViolation(
                    Refusal.DELEGATE_OF_ANOTHER_SEAT,
                    command.delegateUserId() + " represents " + held.getFirst() + " already",
                    held.getFirst());
        }
        if (!command.delegateUserId().equals(seat.delegate())) {
            apply(new DelegateAppointed(
                    seat.code(),
                    command.delegateUserId(),
                    seat.delegate(),
                    clock.instant(),
                    effectiveOn(command.effectiveOn(), clock)));
        }
    }

    @CommandHandler
    public void handle(RetireSeat command, Clock clock) {
        Seat seat = activeSeat(command.seat().value());
        apply(new SeatRetired(
                seat.code(), command.reason(), clock.instant(), effectiveOn(command.effectiveOn(), clock)));
    }

    /**
     * The day a change of the Committee's composition takes effect: today, or an earlier day named by whoever enters a
     * composition that held before (the 2019 Committee); never a later one.
     */
    private static LocalDate effectiveOn(LocalDate named, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (named == null) {
            return today;
        }
        if (named.isAfter(today)) {
            throw new RuleViolation(
                    Refusal.EFFECTIVE_DATE_IN_THE_FUTURE,
                    "a change of the Committee cannot take effect after it is recorded");
        }
        return named;
    }

    /** Records an advisor, once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordAdvisor command, Clock clock) {
        if (advisors.contains(command.advisorId())) {
            throw new RuleViolation(Refusal.ADVISOR_EXISTS, "the advisor is on record");
        }
        apply(new AdvisorRecorded(command.advisorId(), command.name(), command.appointedIn(), clock.instant()));
    }

    /** Deletes the key of an advisor's name; a second erasure finds nothing left to erase. */
    @CommandHandler
    public void handle(EraseAdvisorName command, PersonalDataVault vault, Clock clock) {
        if (!advisors.contains(command.advisorId())) {
            throw new RuleViolation(Refusal.NO_SUCH_ADVISOR, "there is no advisor " + command.advisorId());
        }
        if (!vault.erase(command.advisorId())) {
            throw new RuleViolation(Refusal.NOTHING_TO_ERASE, "the advisor's name is erased already");
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

    /** Records that a seat has a conflict of interest on a subject; its seat is recused from ballots on it. */
    @CommandHandler
    public void handle(DeclareConflictOfInterest command, Clock clock) {
        Seat seat = activeSeat(command.seat().value());
        if (!conflictedSeats(command.referenceId()).contains(seat.code())) {
            apply(new ConflictOfInterestDeclared(
                    seat.code(), command.referenceId(), command.reason(), clock.instant()));
        }
    }

    /**
     * Records the initial standing rules of the decision types that have none yet, before a ballot of such a type
     * opens, so that every ballot's rule comes from the Committee's own history. Called by the opening of a ballot.
     */
    public void recordMissingStandingRules(Map<DecisionType, StandingRule> initial, String source, Instant at) {
        Map<DecisionType, StandingRule> missing = new EnumMap<>(DecisionType.class);
        initial.forEach((type, rule) -> {
            if (!standingRules.containsKey(type)) {
                missing.put(type, rule);
            }
        });
        if (!missing.isEmpty()) {
            apply(new StandingRulesRecorded(Map.copyOf(missing), source, at));
        }
    }

    /** Makes a passed ballot's proposal the standing rule of its type; called once per ballot by its adoption. */
    public void adoptStandingRule(UUID ballotId, StandingRuleChange change, Instant at) {
        if (!adoptedRuleChanges.contains(ballotId)) {
            apply(new StandingRuleAdopted(change.appliesTo(), change.rule(), ballotId, at));
        }
    }

    /** The standing rule of the type in force now, if the Committee has recorded one. */
    public Optional<RuleInForce> standingRule(DecisionType type) {
        return Optional.ofNullable(standingRules.get(type));
    }

    /** The seats with a declared conflict of interest on the subject. */
    public Set<String> conflictedSeats(UUID referenceId) {
        return Set.copyOf(conflicts.getOrDefault(referenceId, Set.of()));
    }

    /** The seats as they stand: what a ballot takes its electorate and recusals from. */
    public Roster roster() {
        return new Roster(List.copyOf(seats.values()));
    }

    private Seat activeSeat(String code) {
        Seat seat = seats.get(code);
        if (seat == null || seat.retired()) {
            throw new RuleViolation(Refusal.NO_SUCH_SEAT, "there is no seat " + code, code);
        }
        return seat;
    }

    @EventSourcingHandler
    void on(SeatEstablished event) {
        committeeId = CommitteeCommand.STEERING_COMMITTEE;
        seats.put(
                event.seat(),
                new Seat(
                        event.seat(),
                        event.organisationName(),
                        event.memberId(),
                        event.office(),
                        null,
                        false,
                        event.at()));
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
    void on(StandingRulesRecorded event) {
        event.rules().forEach((type, rule) -> standingRules.put(type, new RuleInForce(rule, null)));
    }

    @EventSourcingHandler
    void on(StandingRuleAdopted event) {
        standingRules.put(event.type(), new RuleInForce(event.rule(), event.ballotId()));
        adoptedRuleChanges.add(event.ballotId());
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDeclared event) {
        conflicts
                .computeIfAbsent(event.referenceId(), reference -> new HashSet<>())
                .add(event.seat());
    }

    @EventSourcingHandler
    void on(CommitteeDecisionRecorded event) {
        recordedDecisions.add(event.ballotId());
    }

    /**
     * A standing rule and where it comes from.
     *
     * @param adoptedBy the ballot that adopted it, or null for the initial standing rules
     */
    public record RuleInForce(StandingRule rule, UUID adoptedBy) {}

    /** A voting seat and the organisation that holds it; {@code delegate} is the user the Committee appointed. */
    public record Seat(
            String code,
            String organisationName,
            UUID memberId,
            SeatOffice office,
            String delegate,
            boolean retired,
            Instant establishedAt) {

        Seat withDelegate(String delegate) {
            return new Seat(code, organisationName, memberId, office, delegate, retired, establishedAt);
        }

        Seat retire() {
            return new Seat(code, organisationName, memberId, office, delegate, true, establishedAt);
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

        /** The user the Committee appointed to represent the seat, if it is active and has one. */
        public Optional<String> delegateOf(String seat) {
            return seats.stream()
                    .filter(candidate ->
                            !candidate.retired() && candidate.code().equals(seat))
                    .map(Seat::delegate)
                    .filter(Objects::nonNull)
                    .findFirst();
        }

        /** Whether the Committee has or had a seat of that code. */
        public boolean knows(String seat) {
            return seats.stream().anyMatch(candidate -> candidate.code().equals(seat));
        }

        /**
         * Whether the active seat of that code was established after the instant: a seat retired and established
         * anew, perhaps for another organisation, is not the seat a ballot opened before took its electorate from.
         */
        public boolean establishedAfter(String seat, Instant instant) {
            return seats.stream()
                    .anyMatch(candidate -> !candidate.retired()
                            && candidate.code().equals(seat)
                            && candidate.establishedAt() != null
                            && candidate.establishedAt().isAfter(instant));
        }

        /** The active seats whose appointed delegate the user is. */
        public List<String> seatsRepresentedBy(String userId) {
            return seats.stream()
                    .filter(seat -> !seat.retired() && userId != null && userId.equals(seat.delegate()))
                    .map(Seat::code)
                    .toList();
        }

        /** The active seats held with the office of chair. */
        public Set<String> chairSeats() {
            return seats.stream()
                    .filter(seat -> !seat.retired() && seat.office() == SeatOffice.CHAIR)
                    .map(Seat::code)
                    .collect(Collectors.toUnmodifiableSet());
        }

        /** The seats held by the member. */
        public List<String> seatsOfMember(UUID memberId) {
            return seats.stream()
                    .filter(seat -> !seat.retired() && memberId != null && memberId.equals(seat.memberId()))
                    .map(Seat::code)
                    .toList();
        }

        /** The seats held by an organisation of that name, compared as one organisation's names are. */
        public List<String> seatsOfOrganisation(String organisationName) {
            String name = OrganisationKey.normalise(organisationName);
            return seats.stream()
                    .filter(seat -> !seat.retired()
                            && OrganisationKey.normalise(seat.organisationName())
                                    .equals(name))
                    .map(Seat::code)
                    .toList();
        }
    }
}
