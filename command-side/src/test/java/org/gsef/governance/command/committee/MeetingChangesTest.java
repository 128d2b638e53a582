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
import org.gsef.governance.command.authorization.CommandAuthorization;
import org.gsef.governance.kernel.committee.MeetingCommand.CancelMeeting;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.PublishAgenda;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.RescheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingEvent.AttendanceRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingAgendaPublished;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingCancelled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingRescheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moving, cancelling and giving an agenda to a meeting: the Secretariat's only, before the meeting is held, never to a
 * cancelled one. The fixture checks every command against the permissions, as the command bus does.
 */
class MeetingChangesTest {

    static final Instant NOW = Instant.parse("2019-07-08T08:00:00Z");
    static final UUID ID = UUID.fromString("0e000000-0000-0000-0000-0000000000b7");
    static final LocalDate SEPTEMBER_10 = LocalDate.of(2019, 9, 10);

    static final Map<String, ?> SECRETARIAT =
            ActorMetaData.of(new Actor("secretariat", Set.of(Role.SECRETARIAT), null, null));
    static final Map<String, ?> CHAIR = ActorMetaData.of(new Actor("seoul-city", Set.of(Role.CHAIR), null, null));
    static final Map<String, ?> DELEGATE = ActorMetaData.of(new Actor("ripess", Set.of(Role.DELEGATE), "ripess", null));

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerCommandHandlerInterceptor(new CommandAuthorization())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(
                        CommitteeRecords.of(List.of("seoul-city", "ripess", "avpn", "apay"), "seoul-city"));
    }

    static MeetingScheduled scheduledOn(LocalDate day) {
        return new MeetingScheduled(
                ID,
                "Steering Committee meeting online",
                day,
                day,
                MeetingFormat.ONLINE,
                "Online",
                List.of("GSEF2020"),
                NOW,
                List.of());
    }

    @Test
    void the_secretariat_moves_a_meeting_to_a_day_to_come_with_its_reason() {
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(
                        new RescheduleMeeting(ID, SEPTEMBER_10.plusDays(7), SEPTEMBER_10.plusDays(8), "venue closed"),
                        SECRETARIAT)
                .expectEvents(new MeetingRescheduled(
                        ID, SEPTEMBER_10.plusDays(7), SEPTEMBER_10.plusDays(8), "venue closed", NOW));
    }

    @Test
    void moving_a_meeting_to_the_days_it_has_records_nothing() {
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(new RescheduleMeeting(ID, SEPTEMBER_10, SEPTEMBER_10, "no change"), SECRETARIAT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_meeting_is_not_moved_to_a_day_that_has_come() {
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(new RescheduleMeeting(ID, LocalDate.of(2019, 7, 8), null, "earlier"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("a day to come"))
                .expectNoEvents();
    }

    @Test
    void the_secretariat_cancels_a_meeting_not_yet_held() {
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(new CancelMeeting(ID, "no quorum expected"), SECRETARIAT)
                .expectEvents(new MeetingCancelled(ID, "no quorum expected", NOW));
    }

    @Test
    void the_secretariat_publishes_an_agenda_and_the_same_agenda_again_records_nothing() {
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(new PublishAgenda(ID, List.of("GSEF2020", " Admissions ")), SECRETARIAT)
                .expectEvents(new MeetingAgendaPublished(ID, List.of("GSEF2020", "Admissions"), NOW));
        fixture.given(scheduledOn(SEPTEMBER_10))
                .when(new PublishAgenda(ID, List.of("GSEF2020")), SECRETARIAT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void neither_the_chair_nor_a_delegate_moves_cancels_or_gives_an_agenda_to_a_meeting() {
        for (Map<String, ?> actor : List.of(CHAIR, DELEGATE)) {
            fixture.given(scheduledOn(SEPTEMBER_10))
                    .when(new CancelMeeting(ID, "I would rather not"), actor)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("may not send CancelMeeting"))
                    .expectNoEvents();
            fixture.given(scheduledOn(SEPTEMBER_10))
                    .when(new RescheduleMeeting(ID, SEPTEMBER_10.plusDays(1), null, "later"), actor)
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
            fixture.given(scheduledOn(SEPTEMBER_10))
                    .when(new PublishAgenda(ID, List.of("Something else")), actor)
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_meeting_is_cancelled_once_and_a_cancelled_meeting_takes_nothing_more() {
        MeetingCancelled cancelled = new MeetingCancelled(ID, "no quorum expected", NOW);
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new CancelMeeting(ID, "again"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the meeting was cancelled")
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new RescheduleMeeting(ID, SEPTEMBER_10.plusDays(30), null, "revived"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the meeting was cancelled")
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new PublishAgenda(ID, List.of("Anything")), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new RecordAttendance(ID, new SeatId("ripess"), true), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new RecordMinutes(ID, "held after all"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), cancelled)
                .when(new GiveProxy(ID, new SeatId("ripess"), new SeatId("avpn")), DELEGATE)
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_meeting_whose_day_has_come_is_neither_moved_nor_cancelled_nor_given_another_agenda() {
        for (LocalDate day : List.of(LocalDate.of(2019, 7, 8), LocalDate.of(2019, 7, 1))) {
            fixture.given(scheduledOn(day))
                    .when(new CancelMeeting(ID, "too late"), SECRETARIAT)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("the meeting has begun or was held")
                    .expectNoEvents();
            fixture.given(scheduledOn(day))
                    .when(new RescheduleMeeting(ID, SEPTEMBER_10, null, "rewrite history"), SECRETARIAT)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("the meeting has begun or was held")
                    .expectNoEvents();
            fixture.given(scheduledOn(day))
                    .when(new PublishAgenda(ID, List.of("Rewritten")), SECRETARIAT)
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_meeting_with_attendance_or_minutes_recorded_was_held_even_before_its_day() {
        fixture.given(scheduledOn(SEPTEMBER_10), new AttendanceRecorded(ID, "ripess", true, NOW))
                .when(new CancelMeeting(ID, "held early"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the meeting has begun or was held")
                .expectNoEvents();
        fixture.given(scheduledOn(SEPTEMBER_10), new MinutesRecorded(ID, "Minutes", NOW))
                .when(new RescheduleMeeting(ID, SEPTEMBER_10.plusDays(1), null, "later"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the meeting has begun or was held")
                .expectNoEvents();
    }

    @Test
    void a_moved_meeting_is_judged_by_its_new_day() {
        fixture.given(
                        scheduledOn(SEPTEMBER_10),
                        new MeetingRescheduled(
                                ID, LocalDate.of(2019, 7, 8), LocalDate.of(2019, 7, 8), "brought forward", NOW))
                .when(new CancelMeeting(ID, "too late"), SECRETARIAT)
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the meeting has begun or was held");
    }

    @Test
    void a_cancelled_meeting_holds_no_ballot() {
        fixture.given(scheduledOn(SEPTEMBER_10), new MeetingCancelled(ID, "called off", NOW))
                .when(new RecordAttendance(ID, new SeatId("ripess"), true), SECRETARIAT)
                .expectException(RuleViolation.class);
        Meeting meeting = new Meeting();
        meeting.on(scheduledOn(SEPTEMBER_10));
        meeting.on(new MeetingCancelled(ID, "called off", NOW));
        org.assertj.core.api.Assertions.assertThatThrownBy(meeting::attendance)
                .isInstanceOf(RuleViolation.class)
                .hasMessage("the meeting was cancelled");
    }
}
