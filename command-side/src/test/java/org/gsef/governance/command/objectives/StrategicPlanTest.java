package org.gsef.governance.command.objectives;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.objectives.DerivedMetric;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand.AdoptStrategicPlan;
import org.gsef.governance.kernel.objectives.PlanCommand.Direction;
import org.gsef.governance.kernel.objectives.PlanCommand.Objective;
import org.gsef.governance.kernel.objectives.PlanCommand.ReportIndicatorValue;
import org.gsef.governance.kernel.objectives.PlanEvent.IndicatorValueReported;
import org.gsef.governance.kernel.objectives.PlanEvent.StrategicPlanAdopted;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StrategicPlanTest {

    static final Instant NOW = Instant.parse("2019-02-01T08:00:00Z");
    static final UUID ID = UUID.fromString("0d000000-0000-0000-0000-000000002019");
    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final LocalDate END = LocalDate.of(2019, 12, 31);
    static final Indicator MEMBERS =
            new Indicator("members", "Members", "members", DerivedMetric.ACTIVE_MEMBERS, null, 49, 100, START, END);
    static final Indicator NEWSLETTERS =
            new Indicator("newsletters-fr", "Newsletters in French", "issues", null, null, 0, 12, START, END);
    static final List<Direction> DIRECTIONS = List.of(new Direction(
            "1",
            "Expand the impact of SSE",
            List.of(new Objective("1.1", "Grow the network", List.of(MEMBERS, NEWSLETTERS)))));

    private FixtureConfiguration<StrategicPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StrategicPlan.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static StrategicPlanAdopted adopted() {
        return new StrategicPlanAdopted(ID, 2019, DIRECTIONS, NOW);
    }

    @Test
    void adopts_a_plan_with_its_directions_objectives_and_indicators() {
        fixture.givenNoPriorActivity()
                .when(new AdoptStrategicPlan(ID, 2019, DIRECTIONS))
                .expectEvents(adopted());
    }

    @Test
    void the_secretariat_reports_a_reported_indicator_with_evidence() {
        fixture.given(adopted())
                .when(new ReportIndicatorValue(ID, "newsletters-fr", 3, LocalDate.of(2019, 3, 31), "issues 1 to 3"))
                .expectEvents(new IndicatorValueReported(
                        ID, "newsletters-fr", 3, LocalDate.of(2019, 3, 31), "issues 1 to 3", NOW));
    }

    @Test
    void a_derived_indicator_takes_no_report_and_an_unknown_one_is_refused() {
        fixture.given(adopted())
                .when(new ReportIndicatorValue(ID, "members", 60, START, "count"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(adopted())
                .when(new ReportIndicatorValue(ID, "nothing", 1, START, "x"))
                .expectException(RuleViolation.class);
        fixture.given(adopted())
                .when(new ReportIndicatorValue(ID, "newsletters-fr", -1, START, "x"))
                .expectException(RuleViolation.class);
    }

    @Test
    void an_indicator_needs_a_target_other_than_its_baseline_and_a_deadline_after_its_start() {
        assertThatThrownBy(() -> new Indicator("x", "x", "x", null, null, 5, 5, START, END))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Indicator("x", "x", "x", null, null, 0, 5, END, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdoptStrategicPlan(
                        ID,
                        2019,
                        List.of(new Direction(
                                "1", "d", List.of(new Objective("1.1", "o", List.of(MEMBERS, MEMBERS)))))))
                .hasMessageContaining("used twice");
    }
}
