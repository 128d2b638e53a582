package org.gsef.governance.query.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorStatusTest {

    static final LocalDate START = LocalDate.of(2019, 1, 1);
    static final LocalDate END = LocalDate.of(2020, 1, 1);
    static final LocalDate MID = LocalDate.of(2019, 7, 2);

    @Test
    void the_trajectory_runs_straight_from_baseline_to_target() {
        assertThat(IndicatorStatus.expected(49, 100, START, END, START)).isEqualTo(49);
        assertThat(IndicatorStatus.expected(49, 100, START, END, MID))
                .isCloseTo(74.5, org.assertj.core.data.Offset.offset(0.2));
        assertThat(IndicatorStatus.expected(49, 100, START, END, END.plusDays(30)))
                .isEqualTo(100);
    }

    @Test
    void the_status_follows_from_the_distance_to_the_trajectory() {
        assertThat(IndicatorStatus.of(49, 100, START, END, 80, MID)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(49, 100, START, END, 70, MID)).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(IndicatorStatus.of(49, 100, START, END, 55, MID)).isEqualTo(IndicatorStatus.OFF_TRACK);
        assertThat(IndicatorStatus.of(49, 100, START, END, 100, MID)).isEqualTo(IndicatorStatus.ACHIEVED);
        assertThat(IndicatorStatus.of(49, 100, START, END, 99, END.plusDays(1))).isEqualTo(IndicatorStatus.MISSED);
    }

    @Test
    void a_falling_target_counts_the_other_way() {
        assertThat(IndicatorStatus.of(10, 2, START, END, 5, MID)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(10, 2, START, END, 9, MID)).isEqualTo(IndicatorStatus.OFF_TRACK);
        assertThat(IndicatorStatus.of(10, 2, START, END, 2, MID)).isEqualTo(IndicatorStatus.ACHIEVED);
    }

    @Test
    void a_finished_plan_is_judged_on_its_last_deadline_and_says_by_how_much_a_target_was_missed() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(IndicatorStatus.judgedOn(today, LocalDate.of(2019, 12, 31))).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(IndicatorStatus.judgedOn(today, LocalDate.of(2027, 12, 31))).isEqualTo(today);
        assertThat(IndicatorStatus.of(49, 100, START, END, 50, END.minusDays(1)))
                .isEqualTo(IndicatorStatus.OFF_TRACK);
        assertThat(IndicatorStatus.of(49, 100, START, END, 50, END)).isEqualTo(IndicatorStatus.MISSED);
        assertThat(IndicatorStatus.of(49, 100, START, END, 50, END.plusDays(1))).isEqualTo(IndicatorStatus.MISSED);
        assertThat(IndicatorStatus.shortfall(49, 100, 50)).isEqualTo(50);
        assertThat(IndicatorStatus.shortfall(49, 100, 120)).isZero();
        assertThat(IndicatorStatus.shortfall(10, 2, 5)).isEqualTo(3);
    }
}
