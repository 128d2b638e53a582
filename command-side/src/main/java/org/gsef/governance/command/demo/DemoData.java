package org.gsef.governance.command.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gsef.governance.command.seed.SeedImporter;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotCommand.RecordDecisionStatement;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.DeclareConflictOfInterest;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.forum.ForumCommand.DraftHostAgreement;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPreparatoryMeeting;
import org.gsef.governance.kernel.forum.ForumCommand.ReportMilestoneProgress;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.CompleteApplicationReview;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReturnApplicationForInformation;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.kernel.privacy.ContactPerson;
import org.gsef.governance.kernel.program.ActivityCommand.RecordActivityHeld;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A living 2019 for a newcomer, on top of the seed file's facts (the Steering Committee, its members and meetings):
 * delegates for the demo accounts, attendance and a proxy, minutes approved by ballot, and admissions at every stage.
 * Loaded through the same commands and authorisation as real work, each sent by the person who would send it, and
 * only once.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "gsef.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Actor SECRETARIAT = Actor.of("secretariat", Set.of(Role.SECRETARIAT));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null);

    /** The first day of the April 2019 conference call, where its ballots were decided. */
    static final LocalDate APRIL_MEETING = LocalDate.of(2019, 4, 25);

    /** The 2019 seats in the order of the program; the seed file establishes them. */
    private static final List<String> SEATS = DemoAccounts.SEATS_2019;

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final PersonalDataVault vault;
    private final Clock clock;

    DemoData(CommandGateway commands, EventStore eventStore, PersonalDataVault vault, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.vault = vault;
        this.clock = clock;
    }

    /** The day the 2019 Committee's seats and their delegates took effect in the demo: the year's first day. */
    static final LocalDate COMMITTEE_OF_2019 = LocalDate.of(2019, 1, 1);

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("gsef-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID liverpool = demoId("liverpool");
        if (eventStore.lastSequenceNumberFor(liverpool.toString()).isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        if (eventStore
                .lastSequenceNumberFor(CommitteeCommand.STEERING_COMMITTEE)
                .isEmpty()) {
            throw new IllegalStateException(
                    "the demo needs the Steering Committee of the seed file: set gsef.seed.load-on-start=true");
        }
        for (String seat : SEATS) {
            send(
                    SECRETARIAT,
                    new AppointDelegate(new SeatId(seat), delegate(seat).userId(), COMMITTEE_OF_2019));
        }
        UUID january = SeedImporter.id("meeting", "sc-2019-q1");
        UUID april = SeedImporter.id("meeting", "sc-2019-q2");
        attend(january, SEATS.subList(0, 11));
        send(
                SECRETARIAT,
                new RecordMinutes(
                        january,
                        "Strategic planning of GSEF2020 in Mexico City: main theme,"
                                + " organizing governance and preparation roadmap discussed. Admission procedure for new members"
                                + " reviewed."));
        attend(april, SEATS.subList(0, 11));
        send(delegate("apay"), new GiveProxy(april, new SeatId("apay"), new SeatId("avpn")));

        UUID minutes = demoId("ballot:minutes-q1");
        send(
                CHAIR,
                new OpenBallot(
                        minutes,
                        new BallotSubject(
                                DecisionType.MINUTES_APPROVAL,
                                january,
                                "Approval of the minutes of the 1st quarter conference call"),
                        BallotProcedure.AT_MEETING,
                        april,
                        null,
                        null));
        vote(
                minutes,
                VoteChoice.YES,
                "seoul-city",
                "seoul-sse-network",
                "mexico-city",
                "montreal-city",
                "bilbao-city",
                "bamako-city",
                "ripess");
        send(CHAIR, new CloseBallot(minutes, null, APRIL_MEETING));

        submit(
                liverpool,
                organisation(
                        "Liverpool City Region",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        "GB",
                        Region.EUROPE,
                        "Liverpool",
                        OfficialLanguage.ENGLISH));
        send(SECRETARIAT, new CompleteApplicationReview(liverpool));
        send(
                SECRETARIAT,
                new DeclareConflictOfInterest(
                        new SeatId("locality"),
                        liverpool,
                        "Locality, a network of English community organisations, supported the application"));
        UUID admission = demoId("ballot:liverpool");
        send(
                CHAIR,
                new OpenBallot(
                        admission,
                        new BallotSubject(DecisionType.ADMISSION, liverpool, "Admission of Liverpool City Region"),
                        BallotProcedure.AT_MEETING,
                        april,
                        null,
                        null));
        vote(
                admission,
                VoteChoice.YES,
                "seoul-city",
                "seoul-sse-network",
                "mexico-city",
                "mexico-city-sse",
                "montreal-city",
                "chantier-economie-sociale",
                "bilbao-city",
                "ripess");
        vote(admission, VoteChoice.NO, "bamako-city");
        send(delegate("avpn"), new CastVote(admission, new SeatId("apay"), VoteChoice.ABSTAIN, "by proxy"));
        send(CHAIR, new CloseBallot(admission, null, APRIL_MEETING));
        send(
                CHAIR,
                new RecordDecisionStatement(
                        admission,
                        Map.of(
                                OfficialLanguage.ENGLISH,
                                "Liverpool City Region is admitted as a member of GSEF.",
                                OfficialLanguage.FRENCH,
                                "Liverpool City Region est admise comme membre du GSEF.",
                                OfficialLanguage.SPANISH,
                                "Liverpool City Region queda admitida como miembro del GSEF.")));

        UUID dakar = demoId("dakar");
        submit(
                dakar,
                organisation(
                        "Ville de Dakar",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        "SN",
                        Region.AFRICA,
                        "Dakar",
                        OfficialLanguage.FRENCH));
        send(SECRETARIAT, new CompleteApplicationReview(dakar));
        UUID written = demoId("ballot:dakar");
        send(
                CHAIR,
                new OpenBallot(
                        written,
                        new BallotSubject(DecisionType.ADMISSION, dakar, "Admission of the City of Dakar"),
                        BallotProcedure.WRITTEN,
                        null,
                        clock.instant().plus(Duration.ofDays(14)),
                        null));
        vote(written, VoteChoice.YES, "seoul-city", "bamako-city", "montreal-city", "ripess");
        vote(written, VoteChoice.ABSTAIN, "locality");

        UUID cordoba = demoId("cordoba");
        submit(
                cordoba,
                organisation(
                        "Red de Economía Social y Solidaria de Córdoba",
                        OrganisationKind.LOCAL_SSE_NETWORK,
                        "AR",
                        Region.LATIN_AMERICA_AND_CARIBBEAN,
                        "Córdoba",
                        OfficialLanguage.SPANISH));
        send(
                SECRETARIAT,
                new ReturnApplicationForInformation(
                        cordoba, "Please send the network's statutes and the list of its member organisations."));
        submit(
                demoId("kampala"),
                organisation(
                        "Kampala Capital City Authority",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        "UG",
                        Region.AFRICA,
                        "Kampala",
                        OfficialLanguage.ENGLISH));
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-03"),
                        11,
                        "GSEF2020 planning discussed; minutes recorded"));
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-12"),
                        12,
                        "Minutes of January approved; Liverpool City Region admitted"));
        UUID july = SeedImporter.id("meeting", "sc-2019-q3");
        UUID october = SeedImporter.id("meeting", "sc-2019-q4");
        attend(july, SEATS.subList(0, 10));
        send(
                SECRETARIAT,
                new RecordMinutes(
                        july,
                        "Host agreement of GSEF2020 and the local organizing committee discussed with Mexico City;"
                                + " candidates for the international advisors to be recommended."));
        attend(october, SEATS.subList(0, 12));
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-06"),
                        null,
                        "Advice on the 2019 programs given to the Secretariat"));
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-21"),
                        10,
                        "GSEF2020 host agreement and local organizing committee discussed"));
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-30"), 12, "GSEF2020 preparation reviewed"));
        UUID gsef2020 = SeedImporter.id("edition", "gsef2020");
        send(
                SECRETARIAT,
                new RecordActivityHeld(
                        SeedImporter.id("activity", "calendar-2019-09"),
                        null,
                        "Host city, dates and preparation roadmap discussed with Mexico City"));
        send(
                SECRETARIAT,
                new RecordPreparatoryMeeting(
                        gsef2020,
                        LocalDate.of(2019, 3, 25),
                        LocalDate.of(2019, 3, 29),
                        "Mexico City, Mexico",
                        "First preparatory meeting with the host city."));
        send(
                SECRETARIAT,
                new ReportMilestoneProgress(gsef2020, "preparatory-meeting", 100, "held", LocalDate.of(2019, 3, 29)));
        send(SECRETARIAT, new DraftHostAgreement(gsef2020, List.of("Mexico City Government", "GSEF")));
        log.info("Demo data loaded: delegates, meetings, ballots, four applications, and some of 2019's outcomes");
    }

    private void attend(UUID meeting, List<String> present) {
        present.forEach(seat -> send(SECRETARIAT, new RecordAttendance(meeting, new SeatId(seat), true)));
    }

    private void submit(UUID id, Organisation organisation) {
        var contact =
                vault.seal(UUID.randomUUID(), new ContactPerson("Demo Contact", "contact@example.org").sealedForm());
        send(
                SECRETARIAT,
                new SubmitMembershipApplication(id, organisation, null, contact, SubmissionChannel.SECRETARIAT, null));
    }

    private void vote(UUID ballot, VoteChoice choice, String... seats) {
        for (String seat : seats) {
            send(delegate(seat), new CastVote(ballot, new SeatId(seat), choice, null));
        }
    }

    /** The demo account appointed to the seat: the chair for the chair's seat, else the account named after it. */
    private static Actor delegate(String seat) {
        return seat.equals(CHAIR.seat()) ? CHAIR : new Actor(seat, Set.of(Role.DELEGATE), seat, null);
    }

    private void send(Actor actor, Object command) {
        Object result = commands.sendAndWait(command, ActorMetaData.of(actor));
        if (result instanceof CommandOutcome outcome && !outcome.accepted()) {
            throw new IllegalStateException("demo data refused: " + command + ": " + outcome.refusalCode());
        }
    }

    private static Organisation organisation(
            String name, OrganisationKind kind, String country, Region region, String city, OfficialLanguage language) {
        return new Organisation(name, kind, country, region, city, language);
    }
}
