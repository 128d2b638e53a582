package org.gsef.governance.command.committee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.ClosedBy;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.AccessRefused;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.VoteChoice;

/**
 * A Steering Committee ballot. It states its rule, electorate, attendance, proxies and recusals when it opens; takes
 * one vote per seat, changeable until it closes; records refused attempts; and closes by the chair's or the
 * Secretariat's hand or by itself at its deadline, with the full count.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class Ballot {

    public static final String DEADLINE = "ballot-deadline";

    @AggregateIdentifier
    private String ballotId;

    private UUID id;
    private BallotSubject subject;
    private BallotProcedure procedure;
    private VotingRule rule;
    private Set<String> electorate = Set.of();
    private Set<String> present = Set.of();
    private Map<String, String> proxies = Map.of();
    private Set<String> recused = Set.of();
    private final Map<String, VoteChoice> votes = new LinkedHashMap<>();
    private boolean closed;

    protected Ballot() {}

    /**
     * Opened by {@link BallotOpening}, which takes the electorate and attendance from the record. A ballot with a
     * deadline schedules it in its own scope, in the database, so it fires even after a restart.
     */
    Ballot(BallotOpened opened, DeadlineManager deadlines) {
        apply(opened);
        if (opened.closesAt() != null) {
            deadlines.schedule(opened.closesAt(), DEADLINE);
        }
    }

    /**
     * Records a seat's vote, or its change of vote. A vote that repeats the seat's current vote changes nothing and
     * records nothing, so retried and duplicated requests leave one vote. Refused attempts are recorded.
     */
    @CommandHandler
    public CommandOutcome handle(CastVote command, Actor actor, Clock clock) {
        String seat = command.seat().value();
        Optional<String> refusal = refusal(actor, seat);
        if (refusal.isPresent()) {
            apply(new VoteRefused(id, seat, refusal.get(), actor.seatCode().orElse(null), clock.instant()));
            return CommandOutcome.refused(refusal.get());
        }
        String castBy = actor.seatCode().orElseThrow();
        VoteChoice previous = votes.get(seat);
        if (previous == null) {
            apply(new VoteCast(id, seat, command.choice(), command.reason(), castBy, clock.instant()));
        } else if (previous != command.choice()) {
            apply(new VoteChanged(id, seat, previous, command.choice(), command.reason(), castBy, clock.instant()));
        }
        return CommandOutcome.ACCEPTED;
    }

    @CommandHandler
    public void handle(CloseBallot command, Actor actor, Clock clock, DeadlineManager deadlines) {
        if (closed) {
            throw new RuleViolation("ballot-closed", "the ballot " + id + " is closed");
        }
        if (command.castingVote() != null && !actor.has(Role.CHAIR)) {
            throw new AccessRefused("casting-vote", "only the chair has a casting vote");
        }
        BallotCount count = count(command.castingVote());
        if (count.needsCastingVote(rule)) {
            throw new RuleViolation("casting-vote-required", "the ballot is tied: the chair must give a casting vote");
        }
        deadlines.cancelAllWithinScope(DEADLINE);
        apply(closed(count, actor.has(Role.CHAIR) ? ClosedBy.CHAIR : ClosedBy.SECRETARIAT, clock.instant()));
    }

    /**
     * The ballot's period is over: it closes with the votes it has; an unbroken tie fails. The first parameter is the
     * deadline message itself: Axon takes a handler's first parameter for the payload, and this deadline has none.
     */
    @DeadlineHandler(deadlineName = DEADLINE)
    void deadlineReached(DeadlineMessage<?> deadline, Clock clock) {
        if (!closed) {
            apply(closed(count(null), ClosedBy.DEADLINE, clock.instant()));
        }
    }

    private Optional<String> refusal(Actor actor, String seat) {
        if (closed) {
            return Optional.of("ballot-closed");
        }
        if (recused.contains(seat)) {
            return Optional.of("recused");
        }
        if (!electorate.contains(seat)) {
            return Optional.of("not-entitled");
        }
        if (procedure == BallotProcedure.AT_MEETING && !present.contains(seat)) {
            return Optional.of("not-present");
        }
        String actorSeat = actor == null || !actor.has(Role.DELEGATE) ? null : actor.seat();
        boolean own = seat.equals(actorSeat);
        boolean byProxy = actorSeat != null && actorSeat.equals(proxies.get(seat));
        return own || byProxy ? Optional.empty() : Optional.of("not-delegate-of-seat");
    }

    private BallotCount count(VoteChoice castingVote) {
        return BallotCount.of(rule, procedure, electorate.size(), present, votes, castingVote);
    }

    private BallotClosed closed(BallotCount count, ClosedBy by, Instant at) {
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
                at);
    }

    private static VoteChoice castingVoteOf(BallotCount count) {
        return count.outcome() == org.gsef.governance.kernel.committee.BallotOutcome.PASSED
                ? VoteChoice.YES
                : VoteChoice.NO;
    }

    @EventSourcingHandler
    void on(BallotOpened event) {
        ballotId = event.ballotId().toString();
        id = event.ballotId();
        subject = event.subject();
        procedure = event.procedure();
        rule = event.rule();
        electorate = new HashSet<>(event.electorate());
        present = new HashSet<>(event.present());
        proxies = new HashMap<>(event.proxies());
        recused = new HashSet<>(event.recused());
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        votes.put(event.seat(), event.choice());
    }

    @EventSourcingHandler
    void on(VoteChanged event) {
        votes.put(event.seat(), event.choice());
    }

    @EventSourcingHandler
    void on(BallotClosed event) {
        closed = true;
    }
}
