package org.gsef.governance.command.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.gsef.governance.command.committee.rules.InitialStandingRules;
import org.gsef.governance.command.committee.rules.StandingRuleFloors;
import org.gsef.governance.command.membership.MembershipApplication;
import org.gsef.governance.command.membership.OrganisationRegistry;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand.AdoptStandingRule;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Opens a ballot with everything it will be judged by, taken from the record at this moment: the voting seats of the
 * Committee, the recusals (the seats with a declared conflict on the subject, and for an admission the seats held by
 * the applicant or its sponsor), the attendance and proxies of the meeting it is held at, and the standing rule of its
 * type with where it comes from. An admission ballot also puts the application to the Committee, in the same
 * transaction. It also carries a passed change of the standing rules into the Committee's record.
 */
@Component
class BallotOpening {

    private final Repository<Ballot> ballots;
    private final Repository<Committee> committee;
    private final Repository<Meeting> meetings;
    private final Repository<MembershipApplication> applications;
    /** Where the initial standing rules come from, as their record says. */
    static final String INITIAL_RULES_SOURCE = "configuration: gsef.governance";

    private final CommitteeRecord committeeRecord;
    private final OrganisationRegistry registry;
    private final InitialStandingRules initialRules;
    private final DeadlineManager deadlines;
    private final Clock clock;
    private final Dossier dossier;

    BallotOpening(
            @Qualifier("ballotRepository") Repository<Ballot> ballots,
            @Qualifier("committeeRepository") Repository<Committee> committee,
            @Qualifier("meetingRepository") Repository<Meeting> meetings,
            @Qualifier("membershipApplicationRepository") Repository<MembershipApplication> applications,
            CommitteeRecord committeeRecord,
            OrganisationRegistry registry,
            InitialStandingRules initialRules,
            DeadlineManager deadlines,
            Clock clock,
            Dossier dossier) {
        this.ballots = ballots;
        this.committee = committee;
        this.meetings = meetings;
        this.applications = applications;
        this.committeeRecord = committeeRecord;
        this.registry = registry;
        this.initialRules = initialRules;
        this.deadlines = deadlines;
        this.clock = clock;
        this.dossier = dossier;
    }

    @CommandHandler
    public String handle(OpenBallot command) throws Exception {
        Instant now = clock.instant();
        if (command.closesAt() != null && !command.closesAt().isAfter(now)) {
            throw new RuleViolation(Refusal.DEADLINE_IN_THE_PAST, "a ballot cannot close before it opens");
        }
        Committee record = committeeRecord.current();
        DecisionType type = command.subject().type();
        if (command.ruleChange() != null) {
            StandingRuleFloors.require(command.procedure(), command.ruleChange());
        }
        Committee.RuleInForce inForce = standingRule(record, type, now);
        if (command.procedure() == BallotProcedure.WRITTEN) {
            Instant earliest = now.plus(inForce.rule().minimumWrittenPeriod());
            if (command.closesAt().isBefore(earliest)) {
                throw new RuleViolation(
                        Refusal.WRITTEN_PERIOD_TOO_SHORT,
                        "a written procedure on this subject stays open until " + earliest + " at the least",
                        earliest.toString());
            }
        }
        Committee.Roster roster = record.roster();
        Set<String> recused = new TreeSet<>();
        if (command.subject().referenceId() != null) {
            recused.addAll(record.conflictedSeats(command.subject().referenceId()));
        }
        if (type == DecisionType.ADMISSION) {
            var application =
                    load(applications, command.subject().referenceId().toString(), Refusal.NO_SUCH_APPLICATION);
            MembershipApplication.Parties parties = application.invoke(MembershipApplication::parties);
            registry.requireActiveSponsor(parties.sponsorMemberId());
            recused.addAll(roster.seatsOfOrganisation(parties.organisationName()));
            recused.addAll(roster.seatsOfMember(parties.sponsorMemberId()));
            application.execute(app -> app.putToCommittee(command.ballotId(), now));
        }
        List<String> electorate = new ArrayList<>(roster.votingSeats());
        electorate.removeAll(recused);
        if (electorate.isEmpty()) {
            throw new RuleViolation(Refusal.NO_ELECTORATE, "no seat is entitled to vote");
        }
        Set<String> present = new TreeSet<>();
        Map<String, String> proxies = new TreeMap<>();
        if (command.procedure() == BallotProcedure.AT_MEETING) {
            Meeting.Attendance attendance = load(meetings, command.meetingId().toString(), Refusal.NO_SUCH_MEETING)
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
        BallotOpened opened = new BallotOpened(
                command.ballotId(),
                command.subject(),
                command.procedure(),
                command.meetingId(),
                command.closesAt(),
                inForce.rule().voting(),
                List.copyOf(electorate),
                List.copyOf(present),
                Map.copyOf(proxies),
                List.copyOf(recused),
                now,
                inForce.adoptedBy());
        ballots.newInstance(() -> new Ballot(opened, command.ruleChange(), deadlines, dossier));
        return command.ballotId().toString();
    }

    /**
     * The standing rule of the type in force now. The first ballot of a type records the initial standing rules of
     * every type that has none yet, in the Committee's history, so a ballot's rule always comes from that history.
     */
    private Committee.RuleInForce standingRule(Committee record, DecisionType type, Instant now) {
        return record.standingRule(type).orElseGet(() -> {
            var steeringCommittee = load(committee, CommitteeCommand.STEERING_COMMITTEE, Refusal.NO_COMMITTEE);
            steeringCommittee.execute(
                    stored -> stored.recordMissingStandingRules(initialRules.all(), INITIAL_RULES_SOURCE, now));
            return steeringCommittee.invoke(stored -> stored.standingRule(type)).orElseThrow();
        });
    }

    /**
     * Makes the rule a passed ballot on the standing rules proposed the standing rule of its type; the governance
     * process sends it when such a ballot closes.
     */
    @CommandHandler
    public void handle(AdoptStandingRule command) {
        Optional<StandingRuleChange> change = load(ballots, command.ballotId().toString(), Refusal.BALLOT_CLOSED)
                .invoke(Ballot::adoptedRuleChange);
        change.ifPresent(adopted -> load(committee, CommitteeCommand.STEERING_COMMITTEE, Refusal.NO_COMMITTEE)
                .execute(stored -> stored.adoptStandingRule(command.ballotId(), adopted, clock.instant())));
    }

    private static <T> org.axonframework.modelling.command.Aggregate<T> load(
            Repository<T> repository, String id, Refusal missing) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException notFound) {
            throw new RuleViolation(missing, id + " not found", id);
        }
    }
}
