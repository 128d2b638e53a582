package org.gsef.governance.command.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.gsef.governance.command.committee.rules.VotingRules;
import org.gsef.governance.command.membership.MembershipApplication;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.RuleViolation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Opens a ballot with everything it will be judged by, taken from the record at this moment: the voting seats of the
 * Committee, the recusals (for an admission, the seats held by the applicant or its sponsor), the attendance and
 * proxies of the meeting it is held at, and the rule. An admission ballot also puts the application to the Committee,
 * in the same transaction.
 */
@Component
class BallotOpening {

    private final Repository<Ballot> ballots;
    private final Repository<Committee> committee;
    private final Repository<Meeting> meetings;
    private final Repository<MembershipApplication> applications;
    private final VotingRules defaults;
    private final DeadlineManager deadlines;
    private final Clock clock;

    BallotOpening(
            @Qualifier("ballotRepository") Repository<Ballot> ballots,
            @Qualifier("committeeRepository") Repository<Committee> committee,
            @Qualifier("meetingRepository") Repository<Meeting> meetings,
            @Qualifier("membershipApplicationRepository") Repository<MembershipApplication> applications,
            VotingRules defaults,
            DeadlineManager deadlines,
            Clock clock) {
        this.ballots = ballots;
        this.committee = committee;
        this.meetings = meetings;
        this.applications = applications;
        this.defaults = defaults;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(OpenBallot command) throws Exception {
        Instant now = clock.instant();
        if (command.closesAt() != null && !command.closesAt().isAfter(now)) {
            throw new RuleViolation("deadline-in-the-past", "a ballot cannot close before it opens");
        }
        Committee.Roster roster = roster();
        Set<String> recused = new TreeSet<>();
        if (command.subject().type() == DecisionType.ADMISSION) {
            var application = load(applications, command.subject().referenceId().toString(), "no-such-application");
            MembershipApplication.Parties parties = application.invoke(MembershipApplication::parties);
            recused.addAll(roster.seatsOfOrganisation(parties.organisationName()));
            recused.addAll(roster.seatsOfMember(parties.sponsorMemberId()));
            application.execute(app -> app.putToCommittee(command.ballotId(), now));
        }
        List<String> electorate = new ArrayList<>(roster.votingSeats());
        electorate.removeAll(recused);
        if (electorate.isEmpty()) {
            throw new RuleViolation("no-electorate", "no seat is entitled to vote");
        }
        Set<String> present = new TreeSet<>();
        Map<String, String> proxies = new TreeMap<>();
        if (command.procedure() == BallotProcedure.AT_MEETING) {
            Meeting.Attendance attendance = load(meetings, command.meetingId().toString(), "no-such-meeting")
                    .invoke(Meeting::attendance);
            attendance.presentOrRepresented().stream()
                    .filter(electorate::contains)
                    .forEach(present::add);
            attendance.proxies().forEach((from, to) -> {
                if (electorate.contains(from)) {
                    proxies.put(from, to);
                }
            });
        }
        VotingRule rule = command.rule() != null
                ? command.rule()
                : defaults.forType(command.subject().type());
        BallotOpened opened = new BallotOpened(
                command.ballotId(),
                command.subject(),
                command.procedure(),
                command.meetingId(),
                command.closesAt(),
                rule,
                List.copyOf(electorate),
                List.copyOf(present),
                Map.copyOf(proxies),
                List.copyOf(recused),
                now);
        ballots.newInstance(() -> new Ballot(opened, deadlines));
        return command.ballotId().toString();
    }

    private Committee.Roster roster() {
        return load(committee, CommitteeCommand.STEERING_COMMITTEE, "no-committee")
                .invoke(Committee::roster);
    }

    private static <T> org.axonframework.modelling.command.Aggregate<T> load(
            Repository<T> repository, String id, String missing) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException notFound) {
            throw new RuleViolation(missing, id + " not found", id);
        }
    }
}
