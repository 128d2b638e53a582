package org.gsef.governance.query.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlansInViewTest {

    static final UUID PLAN_2013 = UUID.randomUUID();
    static final UUID PLAN_2016 = UUID.randomUUID();
    static final UUID PLAN_2019 = UUID.randomUUID();
    static final UUID PLAN_2022 = UUID.randomUUID();
    static final UUID PLAN_2031 = UUID.randomUUID();

    static Map<UUID, LocalDate> ends() {
        Map<UUID, LocalDate> ends = new LinkedHashMap<>();
        ends.put(PLAN_2013, LocalDate.of(2015, 12, 31));
        ends.put(PLAN_2016, LocalDate.of(2018, 12, 31));
        ends.put(PLAN_2019, LocalDate.of(2021, 12, 31));
        ends.put(PLAN_2022, LocalDate.of(2024, 12, 31));
        ends.put(PLAN_2031, LocalDate.of(2033, 12, 31));
        return ends;
    }

    @Test
    void a_plan_running_on_the_day_is_in_view_with_those_to_come_and_the_one_that_ended_last() {
        assertThat(Objectives.inView(ends(), LocalDate.of(2020, 6, 30)))
                .containsExactly(PLAN_2016, PLAN_2019, PLAN_2022, PLAN_2031);
    }

    @Test
    void older_plans_are_history_and_only_the_last_one_ended_stays_in_view() {
        assertThat(Objectives.inView(ends(), LocalDate.of(2026, 12, 4))).containsExactly(PLAN_2022, PLAN_2031);
        assertThat(Objectives.inView(ends(), LocalDate.of(2040, 1, 1))).containsExactly(PLAN_2031);
    }

    @Test
    void a_plan_is_still_in_view_on_its_last_deadline_and_is_the_last_ended_the_day_after() {
        assertThat(Objectives.inView(ends(), LocalDate.of(2021, 12, 31))).contains(PLAN_2019, PLAN_2016);
        assertThat(Objectives.inView(ends(), LocalDate.of(2022, 1, 1)))
                .containsExactly(PLAN_2019, PLAN_2022, PLAN_2031);
    }

    @Test
    void before_any_plan_ended_every_plan_is_in_view_and_without_plans_none_is() {
        assertThat(Objectives.inView(ends(), LocalDate.of(2014, 1, 1))).hasSize(5);
        assertThat(Objectives.inView(Map.of(), LocalDate.of(2014, 1, 1))).isEmpty();
    }
}
