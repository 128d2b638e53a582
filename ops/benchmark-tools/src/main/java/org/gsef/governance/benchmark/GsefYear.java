package org.gsef.governance.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDeadlineExtended;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.DecisionStatementRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotResultReason;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.ClosedBy;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeEvent.ConflictOfInterestDeclared;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRulesRecorded;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.MeetingEvent.AttendanceRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesApproved;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.ProxyGiven;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.committee.MeetingParticipant;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.forum.ForumEvent.EditionDatesFixed;
import org.gsef.governance.kernel.forum.ForumEvent.EditionPreparationStarted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementDrafted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementSigned;
import org.gsef.governance.kernel.forum.ForumEvent.LocalOrganizingCommitteeLaunched;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCancelled;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCompleted;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneFlaggedAtRisk;
import org.gsef.governance.kernel.forum.ForumEvent.MilestonePlanned;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneProgressReported;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneRescheduled;
import org.gsef.governance.kernel.forum.ForumEvent.OrganizingGovernanceDefined;
import org.gsef.governance.kernel.forum.ForumEvent.PastEditionRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.PreparatoryMeetingRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeAdopted;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeProposed;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationPutToCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationEvent.OrganisationDistinctnessStated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberReinstated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.RegisterCommand;
import org.gsef.governance.kernel.membership.RegisterEvent.OpeningBalanceRecorded;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.kernel.objectives.DerivedMetric;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand.Direction;
import org.gsef.governance.kernel.objectives.PlanCommand.Objective;
import org.gsef.governance.kernel.objectives.PlanEvent.IndicatorValueReported;
import org.gsef.governance.kernel.objectives.PlanEvent.StrategicPlanAdopted;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityCancelled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityConfirmed;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityHeld;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityRescheduled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityScheduled;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementRecorded;
import org.gsef.governance.kernel.sources.SourceEvent.SourceDisagreementResolved;
import org.gsef.governance.kernel.sources.SourceVersion;
import org.gsef.governance.kernel.translation.TranslationCommand;
import org.gsef.governance.kernel.translation.TranslationEvent.TranslationsRecorded;
import org.gsef.governance.platform.demo.DemoAccounts;

/**
 * One year of GSEF's life as its records would show it, in the proportions of the 2019 program of activities and the
 * charter: the 13-seat Steering Committee with a few delegates changing, four meetings with attendance, a proxy and
 * minutes, about eight membership applications (returned and resubmitted, reviewed, put to the Committee, admitted or
 * rejected, or withdrawn), ballots with up to 13 votes (a vote changed or refused now and then) and their decision
 * statements, members leaving and being suspended so that the register stays around 50 to 100 active members, thirty
 * activities of the program (scheduled, confirmed, rescheduled, held or cancelled), the biennial forum's preparation
 * with its milestones (every other year), the strategic plan's indicators reported each quarter (a plan adopted every
 * four years), translations of the year's texts, and disagreements between the record's sources. The first year also
 * records the register's opening balance, the members that joined before the system, the past editions, the standing
 * rules and the seats.
 *
 * <p>Each event is appended through {@link Sink}, which gives it its place in its entity's stream. Personal data is
 * left out: applications carry no contact person (the projections allow it), and no advisor is recorded (an advisor's
 * name is personal data, sealed by the running system's vault, which this generator does not hold).
 */
final class GsefYear {

    /** Where the events go, with the aggregate type and identifier of their stream and the actor who caused them. */
    interface Sink {
        void append(String aggregateType, String aggregateId, Object payload, Actor actor, Instant at);
    }

    private static final List<String> SEATS = DemoAccounts.SEATS_2019;
    private static final Actor SECRETARIAT = Actor.of("secretariat", List.of(Role.SECRETARIAT));
    private static final Actor CHAIR =
            new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), DemoAccounts.CHAIR_SEAT, null);
    private static final String[][] CITIES = {
        {"Seoul", "KR", "ASIA_PACIFIC"},
        {"Montréal", "CA", "NORTH_AMERICA"},
        {"Bilbao", "ES", "EUROPE"},
        {"Mexico City", "MX", "LATIN_AMERICA_AND_CARIBBEAN"},
        {"Bamako", "ML", "AFRICA"},
        {"Dakar", "SN", "AFRICA"},
        {"Lyon", "FR", "EUROPE"},
        {"Córdoba", "AR", "LATIN_AMERICA_AND_CARIBBEAN"},
        {"Kampala", "UG", "AFRICA"},
        {"Gwangju", "KR", "ASIA_PACIFIC"}
    };
    private static final int ACTIVE_MEMBERS_KEPT = 80;

    private final Sink sink;
    private final Random random = new Random(2019);
    private final Deque<UUID> activeMembers = new ArrayDeque<>();
    private final Map<String, String> delegates = new HashMap<>();
    private final List<String> reportedIndicators = new ArrayList<>();
    private UUID plan;
    private UUID edition;
    private Instant clock;
    private final Duration step;
    private int year;

    /** @param step how far the clock moves between two events (a compressed calendar) */
    GsefYear(Sink sink, Instant start, Duration step) {
        this.sink = sink;
        this.clock = start;
        this.step = step;
    }

    Instant clock() {
        return clock;
    }

    /** Appends the next year's events. */
    void next() {
        if (year == 0) {
            foundations();
        }
        year++;
        committee();
        List<UUID> meetings = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            meetings.add(meeting(quarter));
            if (quarter > 0) {
                minutesBallot(meetings.get(quarter - 1), meetings.get(quarter));
            }
            for (int i = 0; i < 2; i++) {
                application(meetings.get(quarter));
            }
            indicatorValues();
        }
        resolution();
        List<UUID> activities = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            activities.add(activity(i));
        }
        if (year % 2 == 1) {
            forumEdition(meetings.get(2));
        }
        if (year % 4 == 1) {
            strategicPlan();
        }
        memberChanges();
        sources(meetings.getFirst(), activities.getFirst());
    }

    private void foundations() {
        emit(
                "MemberRegister",
                RegisterCommand.MEMBER_REGISTER,
                new OpeningBalanceRecorded(
                        LocalDate.of(2018, 12, 31), 49, "2019 program of activities (benchmark history)", tick()),
                SECRETARIAT);
        String[][] past = {
            {"2013", "Seoul", "KR"}, {"2014", "Seoul", "KR"}, {"2016", "Montréal", "CA"}, {"2018", "Bilbao", "ES"}
        };
        for (String[] edition : past) {
            int when = Integer.parseInt(edition[0]);
            UUID id = id("edition", edition[0]);
            emit(
                    "ForumEdition",
                    id.toString(),
                    new PastEditionRecorded(
                            id,
                            "GSEF" + when,
                            when,
                            edition[1],
                            edition[2],
                            LocalDate.of(when, 10, 1),
                            LocalDate.of(when, 10, 3),
                            "Social economy and cities",
                            "Declaration adopted"),
                    SECRETARIAT);
        }
        for (int i = 0; i < 49; i++) {
            UUID member = UUID.randomUUID();
            emit(
                    "Member",
                    member.toString(),
                    new MemberImported(
                            member, organisation("Founding member " + i, i), LocalDate.of(2013 + i % 6, 11, 1), "seed"),
                    SECRETARIAT);
            activeMembers.add(member);
        }
        VotingRule rule =
                new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
        Map<DecisionType, StandingRule> rules = new EnumMap<>(DecisionType.class);
        for (DecisionType type : DecisionType.values()) {
            rules.put(type, new StandingRule(rule, Duration.ofDays(7)));
        }
        emit(
                "Committee",
                CommitteeCommand.STEERING_COMMITTEE,
                new StandingRulesRecorded(rules, "configuration", tick()),
                SECRETARIAT);
        List<UUID> founders = new ArrayList<>(activeMembers);
        for (int i = 0; i < SEATS.size(); i++) {
            SeatOffice office = switch (i) {
                case 0 -> SeatOffice.CHAIR;
                case 1 -> SeatOffice.CO_CHAIR;
                case 2, 4, 6, 7 -> SeatOffice.VICE_CHAIR;
                case 8, 9, 10 -> SeatOffice.INTERNATIONAL_NETWORK;
                default -> SeatOffice.REGIONAL_NETWORK;
            };
            emit(
                    "Committee",
                    CommitteeCommand.STEERING_COMMITTEE,
                    seatEstablished(SEATS.get(i), "Founding member " + i, founders.get(i), office, tick()),
                    SECRETARIAT);
        }
    }

    /** Delegates appointed: all in the first year, three seats changing delegate each later year. */
    private void committee() {
        List<String> seats = year == 1 ? SEATS : List.of(seat(), seat(), seat());
        for (String seat : seats) {
            String delegate = seat + "-delegate-" + year;
            emit(
                    "Committee",
                    CommitteeCommand.STEERING_COMMITTEE,
                    delegateAppointed(seat, delegate, delegates.put(seat, delegate), tick()),
                    SECRETARIAT);
        }
    }

    private UUID meeting(int quarter) {
        UUID meeting = UUID.randomUUID();
        LocalDate on = day();
        emit(
                "Meeting",
                meeting.toString(),
                new MeetingScheduled(
                        meeting,
                        "Steering Committee, quarter " + (quarter + 1) + " of year " + year,
                        on,
                        on,
                        quarter == 3 ? MeetingFormat.IN_PERSON : MeetingFormat.ONLINE,
                        quarter == 3 ? "Seoul" : "conference call",
                        List.of("Minutes of the last meeting", "Admissions", "Forum preparation", "Program"),
                        tick(),
                        List.of(new MeetingParticipant(MeetingParticipant.Role.SECRETARIAT, "GSEF Secretariat", 2))),
                SECRETARIAT);
        int present = 10 + random.nextInt(4);
        for (int i = 0; i < SEATS.size(); i++) {
            emit(
                    "Meeting",
                    meeting.toString(),
                    new AttendanceRecorded(meeting, SEATS.get(i), i < present, tick()),
                    SECRETARIAT);
        }
        if (present < SEATS.size()) {
            emit(
                    "Meeting",
                    meeting.toString(),
                    new ProxyGiven(meeting, SEATS.get(present), SEATS.get(0), tick()),
                    delegate(SEATS.get(present)));
        }
        emit(
                "Meeting",
                meeting.toString(),
                new MinutesRecorded(meeting, "Minutes of the meeting of quarter " + (quarter + 1), tick()),
                SECRETARIAT);
        return meeting;
    }

    private void minutesBallot(UUID minutesOf, UUID at) {
        UUID ballot = ballot(
                new BallotSubject(DecisionType.MINUTES_APPROVAL, minutesOf, "Approval of the minutes"),
                at,
                List.of(),
                false);
        emit("Meeting", minutesOf.toString(), new MinutesApproved(minutesOf, ballot, tick()), SECRETARIAT);
    }

    /** An application, through to its outcome at this meeting (admitted, rejected or withdrawn), or still pending. */
    private void application(UUID meeting) {
        UUID application = UUID.randomUUID();
        String id = application.toString();
        Organisation organisation = organisation("Applicant of year " + year, random.nextInt(1000));
        emit(
                "MembershipApplication",
                id,
                new MembershipApplicationSubmitted(
                        application,
                        organisation,
                        activeMembers.isEmpty() || random.nextInt(3) > 0 ? null : activeMembers.peekLast(),
                        null,
                        random.nextBoolean() ? SubmissionChannel.SECRETARIAT : SubmissionChannel.APPLICANT,
                        tick()),
                SECRETARIAT);
        if (random.nextInt(8) == 0) {
            emit(
                    "MembershipApplication",
                    id,
                    new OrganisationDistinctnessStated(
                            application,
                            activeMembers.peekFirst(),
                            "A distinct network from the member of the same city",
                            tick()),
                    SECRETARIAT);
        }
        int rounds = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
        for (int round = 0; round < rounds; round++) {
            emit(
                    "MembershipApplication",
                    id,
                    new ApplicationReturnedForInformation(application, "statutes missing", tick()),
                    SECRETARIAT);
            emit(
                    "MembershipApplication",
                    id,
                    new MembershipApplicationResubmitted(application, organisation, null, tick()),
                    SECRETARIAT);
        }
        int fate = random.nextInt(8);
        if (fate == 0) {
            emit(
                    "MembershipApplication",
                    id,
                    new MembershipApplicationWithdrawn(application, "merged into a national network", tick()),
                    SECRETARIAT);
            return;
        }
        if (fate == 1) {
            return;
        }
        emit("MembershipApplication", id, new ApplicationReviewCompleted(application, tick()), SECRETARIAT);
        if (random.nextInt(4) == 0) {
            emit(
                    "Committee",
                    CommitteeCommand.STEERING_COMMITTEE,
                    new ConflictOfInterestDeclared(
                            SEATS.get(SEATS.size() - 1), application, "supported the application", tick()),
                    SECRETARIAT);
        }
        boolean admit = fate != 2;
        UUID ballot = ballot(
                new BallotSubject(DecisionType.ADMISSION, application, "Admission of " + organisation.name()),
                meeting,
                List.of(),
                !admit);
        emit("MembershipApplication", id, new ApplicationPutToCommittee(application, ballot, tick()), SECRETARIAT);
        if (admit) {
            UUID member = UUID.randomUUID();
            Instant at = tick();
            emit(
                    "MembershipApplication",
                    id,
                    new ApplicationAdmitted(application, ballot, member, organisation, at, date(at)),
                    SECRETARIAT);
            emit(
                    "Member",
                    member.toString(),
                    new MemberAdmitted(member, application, ballot, organisation, date(at)),
                    SECRETARIAT);
            activeMembers.add(member);
        } else {
            emit("MembershipApplication", id, new ApplicationRejected(application, ballot, tick()), SECRETARIAT);
        }
    }

    /** A resolution by written procedure, its deadline extended now and then. */
    private void resolution() {
        ballot(
                new BallotSubject(DecisionType.RESOLUTION, null, "Resolution on the program of year " + year),
                null,
                List.of(),
                false);
    }

    /**
     * A ballot: opened, up to 13 votes (one changed, one refused now and then), closed with the outcome its tally
     * gives, and a statement in the three languages for a decision that passed; returns its id.
     */
    private UUID ballot(BallotSubject subject, UUID meeting, List<String> recused, boolean reject) {
        UUID ballot = UUID.randomUUID();
        String id = ballot.toString();
        VotingRule rule =
                new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS);
        int voters = 9 + random.nextInt(5);
        List<String> present = meeting == null ? List.of() : SEATS.subList(0, voters);
        Instant opened = tick();
        Instant closesAt = meeting == null ? opened.plus(Duration.ofDays(14)) : null;
        emit(
                "Ballot",
                id,
                new BallotOpened(
                        ballot,
                        subject,
                        meeting == null ? BallotProcedure.WRITTEN : BallotProcedure.AT_MEETING,
                        meeting,
                        closesAt,
                        rule,
                        SEATS,
                        present,
                        Map.of(),
                        recused,
                        opened,
                        null),
                CHAIR);
        if (meeting == null && random.nextInt(5) == 0) {
            Instant later = closesAt.plus(Duration.ofDays(7));
            emit("Ballot", id, new BallotDeadlineExtended(ballot, closesAt, later, "too few votes yet", tick()), CHAIR);
        }
        Tally tally = Tally.EMPTY;
        for (int i = 0; i < voters; i++) {
            String seat = SEATS.get(i);
            VoteChoice choice = reject ? (i % 3 == 0 ? VoteChoice.YES : VoteChoice.NO) : choice();
            emit("Ballot", id, new VoteCast(ballot, seat, choice, null, seat, tick()), delegate(seat));
            tally = tally.plus(choice);
        }
        if (!reject && random.nextInt(4) == 0) {
            String seat = SEATS.get(1);
            emit(
                    "Ballot",
                    id,
                    new VoteChanged(ballot, seat, VoteChoice.YES, VoteChoice.ABSTAIN, "on reflection", seat, tick()),
                    delegate(seat));
            tally = new Tally(tally.yes() - 1, tally.no(), tally.abstain() + 1);
        }
        if (random.nextInt(6) == 0) {
            String seat = SEATS.get(SEATS.size() - 1);
            emit(
                    "Ballot",
                    id,
                    new VoteRefused(ballot, seat, Refusal.NOT_DELEGATE_OF_SEAT.name(), null, tick()),
                    Actor.of("someone-else", List.of(Role.DELEGATE)));
        }
        boolean passed = tally.yes() > tally.no();
        Instant closed = tick();
        emit(
                "Ballot",
                id,
                new BallotClosed(
                        ballot,
                        subject,
                        passed ? BallotOutcome.PASSED : BallotOutcome.FAILED,
                        tally,
                        rule,
                        SEATS.size(),
                        rule.quorum().required(SEATS.size()),
                        tally.cast(),
                        null,
                        ClosedBy.CHAIR,
                        closed,
                        passed ? BallotResultReason.MAJORITY_REACHED : BallotResultReason.MAJORITY_NOT_REACHED,
                        date(closed)),
                CHAIR);
        if (passed && subject.type() == DecisionType.ADMISSION) {
            Map<OfficialLanguage, String> statement = new EnumMap<>(OfficialLanguage.class);
            statement.put(OfficialLanguage.ENGLISH, subject.title() + ": admitted.");
            statement.put(OfficialLanguage.FRENCH, subject.title() + " : admission prononcée.");
            statement.put(OfficialLanguage.SPANISH, subject.title() + ": admisión decidida.");
            emit("Ballot", id, new DecisionStatementRecorded(ballot, statement, tick()), CHAIR);
        }
        return ballot;
    }

    private UUID activity(int number) {
        UUID activity = UUID.randomUUID();
        String id = activity.toString();
        ActivityKind kind = ActivityKind.values()[number % ActivityKind.values().length];
        LocalDate on = day();
        ActivityDates dates = number % 2 == 0
                ? ActivityDates.month(YearMonth.from(on), true)
                : ActivityDates.days(on, on.plusDays(2), false);
        String city = CITIES[number % CITIES.length][0];
        emit(
                "Activity",
                id,
                new ActivityScheduled(
                        activity,
                        kind,
                        "Activity " + number + " of year " + year,
                        dates,
                        city,
                        List.of("UNTFSSE", "UCLG"),
                        tick()),
                SECRETARIAT);
        int fate = random.nextInt(20);
        if (fate < 2) {
            emit("Activity", id, new ActivityCancelled(activity, "no host found", tick()), SECRETARIAT);
            return activity;
        }
        ActivityDates confirmed = ActivityDates.days(on, on.plusDays(1), false);
        emit("Activity", id, new ActivityConfirmed(activity, confirmed, city, tick()), SECRETARIAT);
        if (fate < 5) {
            ActivityDates later = ActivityDates.days(on.plusDays(30), on.plusDays(31), false);
            emit(
                    "Activity",
                    id,
                    new ActivityRescheduled(activity, confirmed, later, "the host asked for it", tick()),
                    SECRETARIAT);
        }
        if (fate < 17) {
            emit(
                    "Activity",
                    id,
                    new ActivityHeld(
                            activity, fate % 3 == 0 ? null : 20 + random.nextInt(200), "held as planned", tick()),
                    SECRETARIAT);
        }
        if (number % 3 == 0) {
            translate(activity, "title", "Activité " + number, "Actividad " + number);
        }
        return activity;
    }

    /** A forum edition's preparation, from its start to its milestones, and the ballot adopting its theme. */
    private void forumEdition(UUID meeting) {
        edition = UUID.randomUUID();
        String id = edition.toString();
        String city = CITIES[year % CITIES.length][0];
        LocalDate starts = day().plusMonths(18);
        emit(
                "ForumEdition",
                id,
                new EditionPreparationStarted(
                        edition,
                        "GSEF edition of year " + (year + 1),
                        city,
                        CITIES[year % CITIES.length][1],
                        starts,
                        starts.plusDays(2),
                        tick()),
                SECRETARIAT);
        emit("ForumEdition", id, new EditionDatesFixed(edition, starts, starts.plusDays(3), tick()), SECRETARIAT);
        List<String> parties = List.of(city + " city government", "GSEF");
        emit("ForumEdition", id, new HostAgreementDrafted(edition, parties, tick()), SECRETARIAT);
        emit("ForumEdition", id, new HostAgreementSigned(edition, parties, day(), city, tick()), SECRETARIAT);
        emit(
                "ForumEdition",
                id,
                new LocalOrganizingCommitteeLaunched(
                        edition, List.of("City", "SSE network", "University"), day(), tick()),
                SECRETARIAT);
        emit("ForumEdition", id, new ThemeProposed(edition, "Cities and the social economy", tick()), SECRETARIAT);
        emit("ForumEdition", id, new ThemeProposed(edition, "Inclusive and sustainable cities", tick()), SECRETARIAT);
        UUID ballot = ballot(
                new BallotSubject(DecisionType.THEME_ADOPTION, edition, "Theme of the edition"),
                meeting,
                List.of(),
                false);
        emit(
                "ForumEdition",
                id,
                new ThemeAdopted(edition, ballot, "Inclusive and sustainable cities", tick()),
                SECRETARIAT);
        emit(
                "ForumEdition",
                id,
                new OrganizingGovernanceDefined(edition, "A local and an international organizing committee", tick()),
                SECRETARIAT);
        for (int i = 0; i < 2; i++) {
            LocalDate held = day().plusMonths(4L * i);
            emit(
                    "ForumEdition",
                    id,
                    new PreparatoryMeetingRecorded(
                            edition, held, held.plusDays(2), city, "Preparation reviewed", tick()),
                    SECRETARIAT);
        }
        for (int i = 0; i < 12; i++) {
            String milestone = "milestone-" + i;
            LocalDate due = day().plusMonths(i);
            emit(
                    "ForumEdition",
                    id,
                    new MilestonePlanned(edition, milestone, "Milestone " + i, "Secretariat", due, tick()),
                    SECRETARIAT);
            emit(
                    "ForumEdition",
                    id,
                    new MilestoneProgressReported(edition, milestone, 50, "half way", day(), tick()),
                    SECRETARIAT);
            switch (i % 6) {
                case 0 ->
                    emit(
                            "ForumEdition",
                            id,
                            new MilestoneFlaggedAtRisk(edition, milestone, "the venue is not booked", tick()),
                            SECRETARIAT);
                case 1 ->
                    emit(
                            "ForumEdition",
                            id,
                            new MilestoneRescheduled(
                                    edition, milestone, due, due.plusMonths(1), "the host asked", tick()),
                            SECRETARIAT);
                case 2 ->
                    emit(
                            "ForumEdition",
                            id,
                            new MilestoneCancelled(edition, milestone, "no longer needed", tick()),
                            SECRETARIAT);
                default -> {}
            }
            if (i % 6 != 2 && i < 9) {
                emit(
                        "ForumEdition",
                        id,
                        new MilestoneProgressReported(edition, milestone, 100, "done", day(), tick()),
                        SECRETARIAT);
                emit("ForumEdition", id, new MilestoneCompleted(edition, milestone, day(), tick()), SECRETARIAT);
            }
        }
        translate(edition, "name", "Édition du GSEF", "Edición del GSEF");
    }

    /** A strategic plan: four directions of two objectives, each with two indicators (one derived per direction). */
    private void strategicPlan() {
        plan = UUID.randomUUID();
        reportedIndicators.clear();
        LocalDate starts = day();
        List<Direction> directions = new ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            List<Objective> objectives = new ArrayList<>();
            for (int o = 1; o <= 2; o++) {
                List<Indicator> indicators = new ArrayList<>();
                for (int n = 1; n <= 2; n++) {
                    String code = d + "." + o + "." + n;
                    boolean derived = o == 1 && n == 1;
                    indicators.add(new Indicator(
                            code,
                            "Indicator " + code,
                            derived ? "members" : "count",
                            derived ? DerivedMetric.ACTIVE_MEMBERS : null,
                            derived && d == 2 ? Region.AFRICA : null,
                            derived ? 49 : 0,
                            derived ? 100 : 12,
                            starts,
                            starts.plusYears(4)));
                    if (!derived) {
                        reportedIndicators.add(code);
                    }
                }
                objectives.add(new Objective(d + "." + o, "Objective " + d + "." + o, indicators));
            }
            directions.add(new Direction(String.valueOf(d), "Direction " + d, objectives));
        }
        emit(
                "StrategicPlan",
                plan.toString(),
                new StrategicPlanAdopted(plan, 2019 + (year / 4) % 80, directions, tick()),
                SECRETARIAT);
        translate(plan, "title", "Plan stratégique", "Plan estratégico");
    }

    private void indicatorValues() {
        if (plan == null) {
            return;
        }
        for (String indicator : reportedIndicators) {
            emit(
                    "StrategicPlan",
                    plan.toString(),
                    new IndicatorValueReported(plan, indicator, random.nextInt(13), day(), "annual report", tick()),
                    SECRETARIAT);
        }
    }

    /** Members leaving so that about {@value #ACTIVE_MEMBERS_KEPT} stay active; one suspended and reinstated. */
    private void memberChanges() {
        while (activeMembers.size() > ACTIVE_MEMBERS_KEPT) {
            UUID member = activeMembers.removeFirst();
            emit("Member", member.toString(), new MemberLeft(member, "did not renew", day()), SECRETARIAT);
        }
        UUID member = activeMembers.removeFirst();
        emit("Member", member.toString(), new MemberSuspended(member, "dues unpaid", day()), SECRETARIAT);
        emit("Member", member.toString(), new MemberReinstated(member, "dues paid", day()), SECRETARIAT);
        activeMembers.addLast(member);
    }

    private void sources(UUID meeting, UUID activity) {
        UUID disagreement = UUID.randomUUID();
        List<SourceVersion> versions = List.of(
                new SourceVersion("held on the first day", "minutes, section 1"),
                new SourceVersion("held on the second day", "program, calendar"));
        emit(
                "SourceDisagreement",
                disagreement.toString(),
                new SourceDisagreementRecorded(
                        disagreement, "When was it held?", List.of(meeting, activity), versions, tick()),
                SECRETARIAT);
        if (year % 2 == 0) {
            emit(
                    "SourceDisagreement",
                    disagreement.toString(),
                    new SourceDisagreementResolved(
                            disagreement, 1, versions.getFirst(), "the minutes are signed", tick()),
                    SECRETARIAT);
        }
    }

    private void translate(UUID subject, String field, String french, String spanish) {
        Map<String, Map<OfficialLanguage, String>> fields = new LinkedHashMap<>();
        Map<OfficialLanguage, String> texts = new EnumMap<>(OfficialLanguage.class);
        texts.put(OfficialLanguage.FRENCH, french);
        texts.put(OfficialLanguage.SPANISH, spanish);
        fields.put(field, texts);
        emit(
                "Translations",
                TranslationCommand.streamOf(subject),
                new TranslationsRecorded(subject, fields, tick()),
                SECRETARIAT);
    }

    private void emit(String type, String aggregate, Object payload, Actor actor) {
        sink.append(type, aggregate, payload, actor, clock);
    }

    private Instant tick() {
        clock = clock.plus(step);
        return clock;
    }

    private LocalDate day() {
        return date(clock);
    }

    /** A seat established, taking effect the day it is recorded. */
    private static SeatEstablished seatEstablished(
            String seat, String organisation, UUID member, SeatOffice office, Instant at) {
        return new SeatEstablished(seat, organisation, member, office, at, date(at));
    }

    /** A delegate appointed, taking effect the day it is recorded. */
    private static DelegateAppointed delegateAppointed(String seat, String delegate, String previous, Instant at) {
        return new DelegateAppointed(seat, delegate, previous, at, date(at));
    }

    private static LocalDate date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private String seat() {
        return SEATS.get(random.nextInt(SEATS.size()));
    }

    private VoteChoice choice() {
        int n = random.nextInt(10);
        return n < 7 ? VoteChoice.YES : n < 9 ? VoteChoice.ABSTAIN : VoteChoice.NO;
    }

    private static Actor delegate(String seat) {
        return new Actor(seat, Set.of(Role.DELEGATE), seat, null);
    }

    private Organisation organisation(String name, int number) {
        String[] city = CITIES[number % CITIES.length];
        return new Organisation(
                name + " (" + city[0] + ", " + UUID.randomUUID().toString().substring(0, 8) + ")",
                number % 2 == 0 ? OrganisationKind.LOCAL_GOVERNMENT : OrganisationKind.LOCAL_SSE_NETWORK,
                city[1],
                Region.valueOf(city[2]),
                city[0],
                OfficialLanguage.values()[number % OfficialLanguage.values().length]);
    }

    private static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes(("gsef-benchmark:" + kind + ":" + name).getBytes());
    }
}
