package org.gsef.governance.command.membership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.membership.AdmissionDecided;
import org.gsef.governance.kernel.membership.AdmissionVoteCast;
import org.gsef.governance.kernel.membership.AdmissionVoteRefused;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;

/** An organisation's application to join GSEF, from submission to the Committee's decision. */
@Aggregate
public class MembershipApplication {

    @AggregateIdentifier
    private String applicationId;

    private final Map<String, VoteChoice> votesBySeat = new HashMap<>();
    private boolean decided;

    protected MembershipApplication() {}

    @CommandHandler
    public MembershipApplication(SubmitMembershipApplication command, Clock clock) {
        apply(new MembershipApplicationSubmitted(
                command.applicationId(),
                command.organisationName(),
                command.kind(),
                command.country().value(),
                command.region(),
                command.city(),
                command.preferredLanguage(),
                clock.instant()));
    }

    /**
     * Records the vote of a seat. A vote sent by someone who does not represent the seat is refused and the attempt is
     * recorded, so the refusal is an answer, not an exception that would roll the record back.
     */
    @CommandHandler
    public CommandOutcome handle(CastAdmissionVote command, Actor actor, Clock clock) {
        requireUndecided();
        String seat = command.seat().value();
        Optional<String> refusal = VotingEligibility.DELEGATE_OF_SEAT.refusal(actor, command.seat());
        if (refusal.isPresent()) {
            apply(new AdmissionVoteRefused(command.applicationId(), seat, refusal.get(), clock.instant()));
            return CommandOutcome.refused(refusal.get());
        }
        if (votesBySeat.containsKey(seat)) {
            throw new RuleViolation("seat-already-voted", "seat " + seat + " has already voted", seat);
        }
        apply(new AdmissionVoteCast(command.applicationId(), seat, command.choice(), clock.instant()));
        return CommandOutcome.ACCEPTED;
    }

    @CommandHandler
    public void handle(DecideAdmission command, Clock clock) {
        requireUndecided();
        if (votesBySeat.isEmpty()) {
            throw new RuleViolation("no-votes-cast", "no seat has voted yet");
        }
        Tally tally = tally();
        AdmissionRule rule = SimpleMajorityOfVotesCast.INSTANCE;
        apply(new AdmissionDecided(command.applicationId(), rule.decide(tally), tally, rule.name(), clock.instant()));
    }

    private void requireUndecided() {
        if (decided) {
            throw new RuleViolation("application-already-decided", "the application " + applicationId + " is decided");
        }
    }

    private Tally tally() {
        Tally tally = Tally.EMPTY;
        for (VoteChoice choice : votesBySeat.values()) {
            tally = tally.plus(choice);
        }
        return tally;
    }

    @EventSourcingHandler
    void on(MembershipApplicationSubmitted event) {
        applicationId = event.applicationId().toString();
    }

    @EventSourcingHandler
    void on(AdmissionVoteCast event) {
        votesBySeat.put(event.seat(), event.choice());
    }

    @EventSourcingHandler
    void on(AdmissionDecided event) {
        decided = true;
    }
}
