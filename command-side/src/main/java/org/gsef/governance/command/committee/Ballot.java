package org.gsef.governance.command.committee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.command.committee.rules.BallotCount;
import org.gsef.governance.kernel.committee.BallotCommand.CancelBallot;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.ExtendBallotDeadline;
import org.gsef.governance.kernel.committee.BallotCommand.RecordDecisionStatement;
import org.gsef.governance.kernel.committee.BallotEvent.BallotCancelled;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDeadlineExtended;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDossierRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.DecisionStatementRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.StandingRuleChangeProposed;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.ClosedBy;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentVersionRef;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.VoteChoice;

/**
 * A Steering Committee ballot. It states its rule, electorate, attendance, proxies and recusals when it opens; takes
 * one vote per seat from the seat's appointed delegate or the holder of its proxy, changeable until the deadline;
 * records refused attempts; and ends by the deadline, by closing once the outcome can no longer change, or by a
 * cancellation that decides nothing.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class Ballot {

    public static final String DEADLINE = "ballot-deadline";

    /** How many refused attempts of one seat (or of one unseated user) for one seat are recorded; later ones get 429. */
    static final int RECORDED_REFUSALS_PER_SEAT = 3;

    @AggregateIdentifier
    private String ballotId;

    private UUID id;
    private BallotSubject subject;
    private BallotProcedure procedure;
    private Instant openedAt;
    private Instant closesAt;
    private VotingRule rule;
    private Set<String> electorate = Set.of();
    private Set<String> present = Set.of();
    private Map<String, String> proxies = Map.of();
    private Set<String> recused = Set.of();
    /** Every vote and change of each seat, in order. */
    private final Map<String, List<Vote>> votes = new LinkedHashMap<>();

    private final Map<String, Integer> refusalsRecorded = new HashMap<>();
    private StandingRuleChange proposal;
    private BallotOutcome outcome;
    private boolean closed;
    private boolean cancelled;

    protected Ballot() {}

    /**
     * Opened by {@link BallotOpening}, which takes the electorate, attendance and rule from the record. A ballot with a
     * deadline schedules it in its own scope, in the database, so it fires even after a restart.
     */
    Ballot(BallotOpened opened, StandingRuleChange change, DeadlineManager deadlines, Dossier dossier) {
        apply(opened);
        // Applied after this constructor, like every event applied here: the opening's own fields, not the state.
        recordDossier(dossier, opened.ballotId(), opened.subject(), null, opened.openedAt());
        if (change != null) {
            apply(new StandingRuleChangeProposed(opened.ballotId(), change));
        }
        if (opened.closesAt() != null) {
            deadlines.schedule(opened.closesAt(), DEADLINE);
        }
    }

    /**
     * Records a seat's vote, or its change of vote. The voter is whoever the Committee's record names: the seat's
     * appointed delegate, or at a meeting the appointed delegate of the seat holding its proxy; what a token or an
     * account says of a seat counts for nothing. A vote that repeats the seat's current vote records nothing, so
     * retried requests leave one vote. Refused attempts are recorded, a few times per seat and attempting seat.
     */
    @CommandHandler
    public CommandOutcome handle(
            CastVote command, Actor actor, Clock clock, CommitteeRecord committee, Dossier dossier) {
        Instant now = clock.instant();
        String seat = command.seat().value();
        Committee.Roster roster = committee.current().roster();
        if (!electorate.contains(seat) && !recused.contains(seat) && !roster.knows(seat)) {
            throw new RuleViolation(Refusal.NO_SUCH_SEAT, "there is no seat " + seat, seat);
        }
        Optional<String> castBy = representedBy(actor, seat, roster);
        Optional<Refusal> refusal = roster.establishedAfter(seat, openedAt)
                ? Optional.of(Refusal.NOT_ENTITLED)
                : refusal(seat, castBy, now);
        if (refusal.isPresent()) {
            String attemptedBy = roster.seatsRepresentedBy(actor.userId()).stream()
                    .findFirst()
                    .orElse(null);
            String attempt = attempt(seat, attemptedBy);
            if (refusalsRecorded.getOrDefault(attempt, 0) >= RECORDED_REFUSALS_PER_SEAT) {
                throw new RuleViolation(
                        Refusal.TOO_MANY_REFUSED_ATTEMPTS, "refused attempts for " + seat + " are no longer recorded");
            }
            apply(new VoteRefused(id, seat, refusal.get().code(), attemptedBy, now));
            return CommandOutcome.refused(refusal.get());
        }
        List<Vote> history = votes.getOrDefault(seat, List.of());
        Vote previous = history.isEmpty() ? null : history.getLast();
        if (previous == null) {
            apply(new VoteCast(id, seat, command.choice(), command.reason(), castBy.get(), now));
            recordDossier(dossier, id, subject, seat, now);
        } else if (previous.choice() != command.choice()) {
            apply(new VoteChanged(id, seat, previous.choice(), command.choice(), command.reason(), castBy.get(), now));
            recordDossier(dossier, id, subject, seat, now);
        }
        return CommandOutcome.ACCEPTED;
    }

    /** Records the dossier's versions as they stand, when it holds any: at the opening, or with a seat's vote. */
    private static void recordDossier(Dossier dossier, UUID ballot, BallotSubject subject, String seat, Instant at) {
        List<DocumentVersionRef> documents = dossier.current(ballot, subject.referenceId());
        if (!documents.isEmpty()) {
            apply(new BallotDossierRecorded(ballot, seat, List.copyOf(documents), at));
        }
    }

    /**
     * Closes the ballot by hand: after its deadline, as the deadline closes it (a tie still open fails, and no casting
     * vote is taken any more); before it, only when the outcome can no longer change. A tie the chair can break needs
     * the chair's casting vote; one nobody can break fails, and says why.
     */
    @CommandHandler
    public void handle(
            CloseBallot command, Actor actor, Clock clock, DeadlineManager deadlines, CommitteeRecord committee) {
        requireOpen();
        Instant now = clock.instant();
        LocalDate effectiveOn = effectiveOn(command.effectiveOn(), now);
        Committee.Roster roster = committee.current().roster();
        if (deadlinePassed(now)) {
            if (command.castingVote() != null) {
                throw new RuleViolation(
                        Refusal.DEADLINE_PASSED, "the deadline has passed: a tie still open at it fails");
            }
            deadlines.cancelAllWithinScope(DEADLINE);
            apply(closed(
                    count(null, true),
                    actor.has(Role.CHAIR) ? ClosedBy.CHAIR : ClosedBy.SECRETARIAT,
                    now,
                    effectiveOn));
            return;
        }
        Set<String> chairSeats = chairSeatsAbleToCast(roster);
        if (command.castingVote() != null) {
            requireCastingVoteOf(actor, roster, chairSeats);
        }
        BallotCount count = count(command.castingVote(), !chairSeats.isEmpty());
        if (command.castingVote() != null && !count.tie()) {
            throw new RuleViolation(Refusal.CASTING_VOTE_WITHOUT_TIE, "a casting vote only breaks a tie");
        }
        if (!settled(!chairSeats.isEmpty())) {
            throw new RuleViolation(
                    Refusal.OUTCOME_NOT_SETTLED, "the seats that have not voted could still change the outcome");
        }
        if (count.castingVotePending()) {
            throw new RuleViolation(
                    Refusal.CASTING_VOTE_REQUIRED, "the ballot is tied: the chair must give a casting vote");
        }
        deadlines.cancelAllWithinScope(DEADLINE);
        apply(closed(count, actor.has(Role.CHAIR) ? ClosedBy.CHAIR : ClosedBy.SECRETARIAT, now, effectiveOn));
    }

    /**
     * The day the decision takes effect: the day of closing, or an earlier day named by whoever records a decision
     * taken before (never a later one, nor a year before the ballot's subject could have been put).
     */
    private static LocalDate effectiveOn(LocalDate named, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (named == null) {
            return today;
        }
        if (named.isAfter(today)) {
            throw new RuleViolation(
                    Refusal.EFFECTIVE_DATE_IN_THE_FUTURE, "a decision cannot take effect after it is recorded");
        }
        return named;
    }

    /**
     * Moves the deadline later, before it passes; the deadline of the new date replaces the old one. A ballot without
     * a deadline gets none: giving it one would let the ballot close before its outcome is settled.
     */
    @CommandHandler
    public void handle(ExtendBallotDeadline command, Clock clock, DeadlineManager deadlines) {
        requireOpen();
        Instant now = clock.instant();
        if (deadlinePassed(now)) {
            throw new RuleViolation(Refusal.DEADLINE_PASSED, "the deadline has passed");
        }
        if (closesAt == null) {
            throw new RuleViolation(
                    Refusal.NO_DEADLINE, "the ballot has no deadline: it closes once its outcome can no longer change");
        }
        if (!command.closesAt().isAfter(closesAt)) {
            throw new RuleViolation(
                    Refusal.DEADLINE_NOT_LATER, "the new deadline must be later than " + closesAt, closesAt.toString());
        }
        apply(new BallotDeadlineExtended(id, closesAt, command.closesAt(), command.reason(), now));
        deadlines.cancelAllWithinScope(DEADLINE);
        deadlines.schedule(command.closesAt(), DEADLINE);
    }

    /** Ends the ballot without deciding anything, with a reason; not once its deadline has passed. */
    @CommandHandler
    public void handle(CancelBallot command, Actor actor, Clock clock, DeadlineManager deadlines) {
        requireOpen();
        if (deadlinePassed(clock.instant())) {
            throw new RuleViolation(
                    Refusal.DEADLINE_PASSED,
                    "the deadline has passed: the ballot closes with the votes cast before it");
        }
        deadlines.cancelAllWithinScope(DEADLINE);
        apply(new BallotCancelled(
                id,
                subject,
                command.reason(),
                actor.has(Role.CHAIR) ? ClosedBy.CHAIR : ClosedBy.SECRETARIAT,
                clock.instant()));
    }

    /** The chair's statement of the outcome, once the ballot is closed. */
    @CommandHandler
    public void handle(RecordDecisionStatement command, Clock clock) {
        if (!closed) {
            throw new RuleViolation(Refusal.BALLOT_NOT_CLOSED, "the ballot has no outcome yet");
        }
        apply(new DecisionStatementRecorded(id, command.statement(), clock.instant()));
    }

    /**
     * The ballot's period is over: it closes with the votes cast before the deadline; a tie still open fails. The
     * first parameter is the deadline message itself: Axon takes a handler's first parameter for the payload, and
     * this deadline has none. A deadline left over from before an extension does nothing.
     */
    @DeadlineHandler(deadlineName = DEADLINE)
    void deadlineReached(DeadlineMessage<?> deadline, Clock clock) {
        if (!closed && !cancelled && deadlinePassed(clock.instant())) {
            Instant now = clock.instant();
            apply(closed(count(null, true), ClosedBy.DEADLINE, now, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        }
    }

    /** What a passed ballot on the standing rules adopted; empty for any other ballot. */
    public Optional<StandingRuleChange> adoptedRuleChange() {
        return outcome == BallotOutcome.PASSED ? Optional.ofNullable(proposal) : Optional.empty();
    }

    /**
     * The seat whose appointed delegate the actor is and who may vote for {@code seat}: the seat itself, or, when it
     * gave its proxy for the meeting, only the seat holding the proxy.
     */
    private Optional<String> representedBy(Actor actor, String seat, Committee.Roster roster) {
        String user = actor.userId();
        String holder = proxies.get(seat);
        if (holder == null && roster.delegateOf(seat).filter(user::equals).isPresent()) {
            return Optional.of(seat);
        }
        if (holder != null && roster.delegateOf(holder).filter(user::equals).isPresent()) {
            return Optional.of(holder);
        }
        return Optional.empty();
    }

    private Optional<Refusal> refusal(String seat, Optional<String> castBy, Instant now) {
        if (closed || cancelled) {
            return Optional.of(Refusal.BALLOT_CLOSED);
        }
        if (deadlinePassed(now)) {
            return Optional.of(Refusal.DEADLINE_PASSED);
        }
        if (recused.contains(seat)) {
            return Optional.of(Refusal.RECUSED);
        }
        if (!electorate.contains(seat)) {
            return Optional.of(Refusal.NOT_ENTITLED);
        }
        if (procedure == BallotProcedure.AT_MEETING && !present.contains(seat)) {
            return Optional.of(Refusal.NOT_PRESENT);
        }
        return castBy.isPresent() ? Optional.empty() : Optional.of(Refusal.NOT_DELEGATE_OF_SEAT);
    }

    private static String attempt(String seat, String attemptedBy) {
        return seat + " by " + attemptedBy;
    }

    /**
     * The chair's seats that may give a casting vote on this ballot: held with the office of chair, entitled to vote,
     * and at a meeting present in person (a seat that gave its proxy is represented, not present).
     */
    private Set<String> chairSeatsAbleToCast(Committee.Roster roster) {
        Set<String> seats = new HashSet<>();
        for (String seat : roster.chairSeats()) {
            boolean attending =
                    procedure != BallotProcedure.AT_MEETING || (present.contains(seat) && !proxies.containsKey(seat));
            if (electorate.contains(seat) && attending) {
                seats.add(seat);
            }
        }
        return seats;
    }

    /** Only the chair gives a casting vote: a user with the chair's role appointed to a chair's seat that may cast. */
    private static void requireCastingVoteOf(Actor actor, Committee.Roster roster, Set<String> ableToCast) {
        List<String> represented = roster.seatsRepresentedBy(actor.userId());
        boolean chair = actor.has(Role.CHAIR) && represented.stream().anyMatch(roster.chairSeats()::contains);
        if (!chair) {
            throw new RuleViolation(Refusal.CASTING_VOTE, "only the chair has a casting vote");
        }
        if (represented.stream().noneMatch(ableToCast::contains)) {
            throw new RuleViolation(
                    Refusal.CASTING_VOTE_UNAVAILABLE,
                    "the chair's seat is not entitled to vote on this ballot, or not present at its meeting");
        }
    }

    private void requireOpen() {
        if (closed || cancelled) {
            throw new RuleViolation(Refusal.BALLOT_CLOSED, "the ballot " + id + " is closed");
        }
    }

    private boolean deadlinePassed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /**
     * The last vote of each seat cast before the deadline: only those count. A vote recorded at or after it (which
     * this aggregate refuses, but an older version may have accepted) does not replace the one before.
     */
    private Map<String, VoteChoice> countedVotes() {
        Map<String, VoteChoice> counted = new LinkedHashMap<>();
        votes.forEach((seat, history) -> history.stream()
                .filter(vote -> closesAt == null || vote.at().isBefore(closesAt))
                .reduce((first, second) -> second)
                .ifPresent(vote -> counted.put(seat, vote.choice())));
        return counted;
    }

    private BallotCount count(VoteChoice castingVote, boolean castingVotePossible) {
        return BallotCount.of(
                rule, procedure, electorate.size(), present, countedVotes(), castingVote, castingVotePossible);
    }

    private boolean settled(boolean castingVotePossible) {
        Map<String, VoteChoice> counted = countedVotes();
        Set<String> mayVote = procedure == BallotProcedure.AT_MEETING ? present : electorate;
        int stillToVote = (int)
                mayVote.stream().filter(seat -> !counted.containsKey(seat)).count();
        return BallotCount.settled(
                rule, procedure, electorate.size(), present, counted, stillToVote, castingVotePossible);
    }

    private BallotClosed closed(BallotCount count, ClosedBy by, Instant at, LocalDate effectiveOn) {
        return new BallotClosed(
                id,
                subject,
                count.outcome(),
                count.tally(),
                rule,
                count.entitled(),
                count.quorumRequired(),
                count.quorumReached(),
                count.castingVoteUsed() ? castingVoteOf(count) : null,
                by,
                at,
                count.reason(),
                effectiveOn);
    }

    private static VoteChoice castingVoteOf(BallotCount count) {
        return count.outcome() == BallotOutcome.PASSED ? VoteChoice.YES : VoteChoice.NO;
    }

    @EventSourcingHandler
    void on(BallotOpened event) {
        ballotId = event.ballotId().toString();
        id = event.ballotId();
        subject = event.subject();
        procedure = event.procedure();
        openedAt = event.openedAt();
        closesAt = event.closesAt();
        rule = event.rule();
        electorate = new HashSet<>(event.electorate());
        present = new HashSet<>(event.present());
        proxies = new HashMap<>(event.proxies());
        recused = new HashSet<>(event.recused());
    }

    @EventSourcingHandler
    void on(StandingRuleChangeProposed event) {
        proposal = event.change();
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        votes.computeIfAbsent(event.seat(), seat -> new ArrayList<>()).add(new Vote(event.choice(), event.at()));
    }

    @EventSourcingHandler
    void on(VoteChanged event) {
        votes.computeIfAbsent(event.seat(), seat -> new ArrayList<>()).add(new Vote(event.choice(), event.at()));
    }

    @EventSourcingHandler
    void on(VoteRefused event) {
        refusalsRecorded.merge(attempt(event.seat(), event.attemptedBy()), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(BallotDeadlineExtended event) {
        closesAt = event.closesAt();
    }

    @EventSourcingHandler
    void on(BallotClosed event) {
        closed = true;
        outcome = event.outcome();
    }

    @EventSourcingHandler
    void on(BallotCancelled event) {
        cancelled = true;
    }

    private record Vote(VoteChoice choice, Instant at) {}
}
