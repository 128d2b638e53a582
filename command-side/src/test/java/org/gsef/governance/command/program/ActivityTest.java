package org.gsef.governance.command.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.program.ActivityCommand.CancelActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ConfirmActivity;
import org.gsef.governance.kernel.program.ActivityCommand.RecordActivityHeld;
import org.gsef.governance.kernel.program.ActivityCommand.RescheduleActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ScheduleActivity;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityCancelled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityConfirmed;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityHeld;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityRescheduled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityScheduled;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityTest {

    static final Instant NOW = Instant.parse("2019-05-01T08:00:00Z");
    static final UUID ID = UUID.fromString("0c000000-0000-0000-0000-00000000a001");
    static final ActivityDates AUGUST = ActivityDates.month(YearMonth.of(2019, 8), true);
    static final ActivityDates SEPTEMBER_2 =
            ActivityDates.days(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 9, 4), false);

    private FixtureConfiguration<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ActivityScheduled scheduled() {
        return new ActivityScheduled(
                ID,
                ActivityKind.CAPACITY_BUILDING,
                "South and East Africa training workshop",
                AUGUST,
                "Kampala, Uganda",
                List.of(),
                NOW);
    }

    @Test
    void schedules_an_activity_whose_month_is_known_but_not_its_days() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleActivity(
                        ID,
                        ActivityKind.CAPACITY_BUILDING,
                        "South and East Africa training workshop",
                        AUGUST,
                        "Kampala, Uganda",
                        null))
                .expectEvents(scheduled());
    }

    @Test
    void confirming_fixes_the_dates_and_they_are_no_longer_to_be_confirmed() {
        fixture.given(scheduled())
                .when(new ConfirmActivity(
                        ID, new ActivityDates(SEPTEMBER_2.from(), SEPTEMBER_2.to(), false, true), null))
                .expectEvents(new ActivityConfirmed(ID, SEPTEMBER_2, null, NOW));
    }

    @Test
    void rescheduling_keeps_the_previous_dates_and_the_reason() {
        fixture.given(scheduled())
                .when(new RescheduleActivity(ID, SEPTEMBER_2, "rainy season"))
                .expectEvents(new ActivityRescheduled(ID, AUGUST, SEPTEMBER_2, "rainy season", NOW));
    }

    @Test
    void records_who_took_part_and_what_came_of_it_once_held() {
        fixture.given(scheduled())
                .when(new RecordActivityHeld(ID, 42, "Mapping of SSE in Uganda started"))
                .expectEvents(new ActivityHeld(ID, 42, "Mapping of SSE in Uganda started", NOW));
    }

    @Test
    void a_held_or_cancelled_activity_does_not_change() {
        fixture.given(scheduled(), new ActivityHeld(ID, 42, null, NOW))
                .when(new CancelActivity(ID, "too late"))
                .expectException(RuleViolation.class);
        fixture.given(scheduled(), new ActivityCancelled(ID, "no host", NOW))
                .when(new RecordActivityHeld(ID, 1, null))
                .expectException(RuleViolation.class);
        fixture.given(scheduled())
                .when(new CancelActivity(ID, "no host"))
                .expectEvents(new ActivityCancelled(ID, "no host", NOW));
    }
}
