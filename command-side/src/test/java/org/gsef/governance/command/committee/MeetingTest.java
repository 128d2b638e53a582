package org.gsef.governance.command.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.committee.MeetingCommand.ApproveMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingEvent.AttendanceRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesApproved;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.ProxyGiven;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingTest {

    static final Instant NOW = Instant.parse("2019-07-08T08:00:00Z");
    static final UUID ID = UUID.fromString("0e000000-0000-0000-0000-0000000000a3");
    static final LocalDate JULY_8 = LocalDate.of(2019, 7, 8);

    private FixtureConfiguration<Meeting> fixture;
    private final CommitteeRecords committee =
            CommitteeRecords.of(List.of("seoul-city", "ripess", "avpn", "apay"), "seoul-city");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(committee);
    }

    static MeetingScheduled scheduled() {
        return new MeetingScheduled(
                ID,
                "Steering Committee meeting in person",
                JULY_8,
                JULY_8.plusDays(1),
                MeetingFormat.IN_PERSON,
                "Mexico City, Mexico",
                List.of("GSEF2020"),
                NOW,
                List.of());
    }

    static java.util.Map<String, ?> delegateOf(String seat) {
        return ActorMetaData.of(new Actor(seat, Set.of(Role.DELEGATE), seat, null));
    }

    @Test
    void schedules_a_meeting_with_its_format_place_and_agenda() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(
                        ID,
                        "Steering Committee meeting in person",
                        JULY_8,
                        JULY_8.plusDays(1),
                        MeetingFormat.IN_PERSON,
                        "Mexico City, Mexico",
                        List.of("GSEF2020")))
                .expectEvents(scheduled());
    }

    @Test
    void records_attendance_once_per_change() {
        fixture.given(scheduled())
                .when(new RecordAttendance(ID, new SeatId("bilbao-city"), true))
                .expectEvents(new AttendanceRecorded(ID, "bilbao-city", true, NOW));
        fixture.given(scheduled(), new AttendanceRecorded(ID, "bilbao-city", true, NOW))
                .when(new RecordAttendance(ID, new SeatId("bilbao-city"), true))
                .expectNoEvents();
    }

    @Test
    void the_delegate_of_a_seat_gives_its_proxy_to_another_seat_for_this_meeting() {
        fixture.given(scheduled())
                .when(new GiveProxy(ID, new SeatId("apay"), new SeatId("avpn")), delegateOf("apay"))
                .expectEvents(new ProxyGiven(ID, "apay", "avpn", NOW));
    }

    @Test
    void nobody_else_gives_a_seats_proxy() {
        fixture.given(scheduled())
                .when(new GiveProxy(ID, new SeatId("apay"), new SeatId("avpn")), delegateOf("avpn"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_seat_claimed_in_a_token_or_held_by_a_replaced_delegate_gives_no_proxy() {
        Map<String, ?> impostor = ActorMetaData.of(new Actor("impostor", Set.of(Role.DELEGATE), "apay", null));
        fixture.given(scheduled())
                .when(new GiveProxy(ID, new SeatId("apay"), new SeatId("avpn")), impostor)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        committee.appoint("apay", "new-delegate-of-apay");
        fixture.given(scheduled())
                .when(new GiveProxy(ID, new SeatId("apay"), new SeatId("avpn")), delegateOf("apay"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_proxy_goes_only_to_a_seat_in_office() {
        fixture.given(scheduled())
                .when(new GiveProxy(ID, new SeatId("apay"), new SeatId("nobody")), delegateOf("apay"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_proxy_is_not_passed_on() {
        fixture.given(scheduled(), new ProxyGiven(ID, "apay", "avpn", NOW))
                .when(new GiveProxy(ID, new SeatId("avpn"), new SeatId("ripess")), delegateOf("avpn"))
                .expectException(RuleViolation.class);
    }

    @Test
    void minutes_are_approved_by_a_ballot_and_cannot_change_afterwards() {
        UUID ballot = UUID.randomUUID();
        fixture.given(scheduled()).when(new ApproveMinutes(ID, ballot)).expectException(RuleViolation.class);
        fixture.given(scheduled(), new MinutesRecorded(ID, "GSEF2020 roadmap adopted", NOW))
                .when(new ApproveMinutes(ID, ballot))
                .expectEvents(new MinutesApproved(ID, ballot, NOW));
        fixture.given(
                        scheduled(),
                        new MinutesRecorded(ID, "GSEF2020 roadmap adopted", NOW),
                        new MinutesApproved(ID, ballot, NOW))
                .when(new RecordMinutes(ID, "rewritten"))
                .expectException(RuleViolation.class);
    }
}
