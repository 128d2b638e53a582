package org.gsef.governance.command.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.CommitteeCommand;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.CompleteApplicationReview;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReturnApplicationForInformation;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.MemberCommand.ImportMember;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A living 2019 for a newcomer, from GSEF's 2019 program of activities: the thirteen seats of the Steering Committee
 * and the members that hold them, its quarterly meetings, and admissions at every stage. Loaded through the same
 * commands and authorisation as real work, each sent by the person who would send it, and only once.
 */
@Component
@ConditionalOnProperty(name = "gsef.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String SOURCE = "GSEF 2019 program of activities: Steering Committee members";

    private static final Actor SECRETARIAT = Actor.of("secretariat", Set.of(Role.SECRETARIAT));
    private static final Actor CHAIR = new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), "seoul-city", null);

    /** The 2019 seats, the organisations that hold them and why, as the program lists them. */
    private static final List<SeatHolder> SEATS = List.of(
            new SeatHolder(
                    "seoul-city",
                    SeatOffice.CHAIR,
                    organisation(
                            "Seoul Metropolitan Government",
                            OrganisationKind.LOCAL_GOVERNMENT,
                            "KR",
                            Region.ASIA_PACIFIC,
                            "Seoul",
                            OfficialLanguage.ENGLISH)),
            new SeatHolder(
                    "seoul-sse-network",
                    SeatOffice.CHAIR,
                    organisation(
                            "Seoul Social Economy Network",
                            OrganisationKind.LOCAL_SSE_NETWORK,
                            "KR",
                            Region.ASIA_PACIFIC,
                            "Seoul",
                            OfficialLanguage.ENGLISH)),
            new SeatHolder(
                    "mexico-city",
                    SeatOffice.CO_CHAIR,
                    organisation(
                            "Mexico City Government",
                            OrganisationKind.LOCAL_GOVERNMENT,
                            "MX",
                            Region.LATIN_AMERICA_AND_CARIBBEAN,
                            "Mexico City",
                            OfficialLanguage.SPANISH)),
            new SeatHolder(
                    "mexico-city-sse",
                    SeatOffice.CO_CHAIR,
                    organisation(
                            "Mexico City SSE representative",
                            OrganisationKind.LOCAL_SSE_NETWORK,
                            "MX",
                            Region.LATIN_AMERICA_AND_CARIBBEAN,
                            "Mexico City",
                            OfficialLanguage.SPANISH)),
            new SeatHolder(
                    "montreal-city",
                    SeatOffice.VICE_CHAIR,
                    organisation(
                            "Ville de Montréal",
                            OrganisationKind.LOCAL_GOVERNMENT,
                            "CA",
                            Region.NORTH_AMERICA,
                            "Montréal",
                            OfficialLanguage.FRENCH)),
            new SeatHolder(
                    "chantier-economie-sociale",
                    SeatOffice.VICE_CHAIR,
                    organisation(
                            "Chantier de l'économie sociale",
                            OrganisationKind.NATIONAL_SSE_NETWORK,
                            "CA",
                            Region.NORTH_AMERICA,
                            "Montréal",
                            OfficialLanguage.FRENCH)),
            new SeatHolder(
                    "bilbao-city",
                    SeatOffice.VICE_CHAIR,
                    organisation(
                            "Bilbao City Council",
                            OrganisationKind.LOCAL_GOVERNMENT,
                            "ES",
                            Region.EUROPE,
                            "Bilbao",
                            OfficialLanguage.SPANISH)),
            new SeatHolder(
                    "bamako-city",
                    SeatOffice.VICE_CHAIR,
                    organisation(
                            "Ville de Bamako",
                            OrganisationKind.LOCAL_GOVERNMENT,
                            "ML",
                            Region.AFRICA,
                            "Bamako",
                            OfficialLanguage.FRENCH)),
            new SeatHolder(
                    "ripess",
                    SeatOffice.INTERNATIONAL_NETWORK,
                    organisation(
                            "RIPESS",
                            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                            null,
                            null,
                            null,
                            OfficialLanguage.FRENCH)),
            new SeatHolder(
                    "ifsse",
                    SeatOffice.INTERNATIONAL_NETWORK,
                    organisation(
                            "IFSSE",
                            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                            null,
                            null,
                            null,
                            OfficialLanguage.ENGLISH)),
            new SeatHolder(
                    "avpn",
                    SeatOffice.REGIONAL_NETWORK,
                    organisation(
                            "AVPN",
                            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                            null,
                            Region.ASIA_PACIFIC,
                            null,
                            OfficialLanguage.ENGLISH)),
            new SeatHolder(
                    "apay",
                    SeatOffice.REGIONAL_NETWORK,
                    organisation(
                            "APAY",
                            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                            null,
                            Region.ASIA_PACIFIC,
                            null,
                            OfficialLanguage.ENGLISH)),
            new SeatHolder(
                    "locality",
                    SeatOffice.REGIONAL_NETWORK,
                    organisation(
                            "Locality",
                            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                            "GB",
                            Region.EUROPE,
                            null,
                            OfficialLanguage.ENGLISH)));

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

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("gsef-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore
                .lastSequenceNumberFor(CommitteeCommand.STEERING_COMMITTEE)
                .isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        for (SeatHolder holder : SEATS) {
            UUID member = demoId("member:" + holder.seat());
            send(SECRETARIAT, new ImportMember(member, holder.organisation(), null, SOURCE));
            send(
                    SECRETARIAT,
                    new EstablishSeat(
                            new SeatId(holder.seat()), holder.organisation().name(), member, holder.office()));
            send(SECRETARIAT, new AppointDelegate(new SeatId(holder.seat()), holder.seat()));
        }

        UUID january = meeting(
                "q1",
                "Steering Committee conference call, 1st quarter",
                LocalDate.of(2019, 1, 30),
                null,
                MeetingFormat.ONLINE,
                "Online");
        UUID april = meeting(
                "q2",
                "Steering Committee conference call, 2nd quarter",
                LocalDate.of(2019, 4, 25),
                LocalDate.of(2019, 4, 26),
                MeetingFormat.ONLINE,
                "Online");
        meeting(
                "q3",
                "Steering Committee meeting in person, 3rd quarter",
                LocalDate.of(2019, 7, 8),
                LocalDate.of(2019, 7, 9),
                MeetingFormat.IN_PERSON,
                "Mexico City, Mexico");
        meeting(
                "q4",
                "Steering Committee conference call, 4th quarter",
                LocalDate.of(2019, 10, 14),
                LocalDate.of(2019, 10, 18),
                MeetingFormat.ONLINE,
                "Online");

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
        send(CHAIR, new CloseBallot(minutes, null));

        UUID liverpool = demoId("liverpool");
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
        send(CHAIR, new CloseBallot(admission, null));

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
        log.info("Demo data loaded: the 2019 Steering Committee, its meetings, and four applications");
    }

    private UUID meeting(
            String key, String title, LocalDate from, LocalDate to, MeetingFormat format, String location) {
        UUID id = demoId("meeting:" + key);
        send(
                SECRETARIAT,
                new ScheduleMeeting(
                        id,
                        title,
                        from,
                        to,
                        format,
                        location,
                        List.of(
                                "GSEF2020 strategic planning: theme, organizing governance, roadmap",
                                "Operations: secretariat, admission of members, budget",
                                "Updates and communications among members")));
        return id;
    }

    private void attend(UUID meeting, List<SeatHolder> present) {
        present.forEach(holder -> send(SECRETARIAT, new RecordAttendance(meeting, new SeatId(holder.seat()), true)));
    }

    private void submit(UUID id, Organisation organisation) {
        var contact = vault.seal(UUID.randomUUID(), "Demo Contact\ncontact@example.org");
        send(
                SECRETARIAT,
                new SubmitMembershipApplication(id, organisation, null, contact, SubmissionChannel.SECRETARIAT));
    }

    private void vote(UUID ballot, VoteChoice choice, String... seats) {
        for (String seat : seats) {
            send(delegate(seat), new CastVote(ballot, new SeatId(seat), choice, null));
        }
    }

    private static Actor delegate(String seat) {
        return new Actor(seat, Set.of(Role.DELEGATE), seat, null);
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

    private record SeatHolder(String seat, SeatOffice office, Organisation organisation) {}
}
