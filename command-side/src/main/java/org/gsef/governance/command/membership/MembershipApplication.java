package org.gsef.governance.command.membership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.AdmissionDecided;
import org.gsef.governance.kernel.membership.AdmissionVoteCast;
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

    @CommandHandler
    public void handle(CastAdmissionVote command, Clock clock) {
        requireUndecided();
        String seat = command.seat().value();
        if (votesBySeat.containsKey(seat)) {
            throw new RuleViolation("seat-already-voted", "seat " + seat + " has already voted", seat);
        }
        apply(new AdmissionVoteCast(command.applicationId(), seat, command.choice(), clock.instant()));
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
