package org.gsef.governance.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gsef.governance.kernel.objectives.DerivedMetric;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand;
import org.gsef.governance.kernel.objectives.PlanEvent;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityEvent;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.query.objectives.IndicatorStatus;
import org.gsef.governance.query.objectives.PlanView;
import org.springframework.stereotype.Component;

/**
 * The strategic plans as of an instant, in the shape of the live ones: every indicator with the value the record gave
 * then (reported values recorded by then; members and activities held as the events recorded by then make them) and
 * its status, each plan judged in its own period: on that day while it runs, on its last deadline once it is over.
 */
@Component
public class PlanHistory {

    private final RecordedEvents recorded;
    private final MemberRegisterHistory registers;

    public PlanHistory(RecordedEvents recorded, MemberRegisterHistory registers) {
        this.recorded = recorded;
        this.registers = registers;
    }

    private record Reported(double value, LocalDate asOf, String evidence) {}

    private record Held(ActivityKind kind, ActivityDates dates, Integer participants) {}

    public List<PlanView> plans(Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<Held> held = held(asOf);
        List<PlanView> plans = new ArrayList<>();
        for (String id : recorded.entitiesOfType("StrategicPlan")) {
            PlanEvent.StrategicPlanAdopted adopted = null;
            Map<String, Reported> reported = new HashMap<>();
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                switch ((PlanEvent) message.getPayload()) {
                    case PlanEvent.StrategicPlanAdopted plan -> adopted = plan;
                    case PlanEvent.IndicatorValueReported value ->
                        reported.put(value.indicator(), new Reported(value.value(), value.asOf(), value.evidence()));
                }
            }
            if (adopted == null) {
                continue;
            }
            LocalDate end = adopted.directions().stream()
                    .flatMap(direction -> direction.objectives().stream())
                    .flatMap(objective -> objective.indicators().stream())
                    .map(Indicator::deadline)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            LocalDate day = IndicatorStatus.judgedOn(today, end);
            MemberRegisterHistory.MemberRegister register = registers.memberRegister(asOf, day);
            List<PlanView.Direction> directions = new ArrayList<>();
            for (PlanCommand.Direction direction : adopted.directions()) {
                List<PlanView.Objective> objectives = new ArrayList<>();
                for (PlanCommand.Objective objective : direction.objectives()) {
                    List<PlanView.Indicator> indicators = new ArrayList<>();
                    for (Indicator indicator : objective.indicators()) {
                        Reported value = reported.get(indicator.code());
                        if (value != null
                                && value.asOf() != null
                                && value.asOf().isAfter(day)) {
                            value = null;
                        }
                        double actual = indicator.metric() == null
                                ? (value == null ? indicator.baseline() : value.value())
                                : derived(indicator, register, held, day);
                        indicators.add(PlanView.Indicator.on(
                                day,
                                indicator.code(),
                                indicator.name(),
                                indicator.unit(),
                                indicator.metric(),
                                indicator.region() == null
                                        ? null
                                        : indicator.region().name(),
                                indicator.baseline(),
                                indicator.target(),
                                indicator.startsOn(),
                                indicator.deadline(),
                                actual,
                                value == null ? null : value.asOf(),
                                value == null ? null : value.evidence()));
                    }
                    objectives.add(new PlanView.Objective(objective.code(), objective.title(), indicators));
                }
                directions.add(new PlanView.Direction(direction.code(), direction.title(), objectives));
            }
            plans.add(
                    new PlanView(adopted.planId(), adopted.year(), directions, day, end != null && !day.isBefore(end)));
        }
        plans.sort((a, b) -> Integer.compare(a.year(), b.year()));
        return plans;
    }

    private static double derived(
            Indicator indicator, MemberRegisterHistory.MemberRegister register, List<Held> held, LocalDate day) {
        DerivedMetric metric = indicator.metric();
        if (metric == DerivedMetric.ACTIVE_MEMBERS) {
            return indicator.region() == null
                    ? register.active()
                    : register.byRegion().getOrDefault(indicator.region().name(), 0L);
        }
        return held.stream()
                .filter(activity -> metric.activityKinds().contains(activity.kind()))
                .filter(activity -> !activity.dates().from().isBefore(indicator.startsOn())
                        && !activity.dates().from().isAfter(indicator.deadline())
                        && !activity.dates().from().isAfter(day))
                .mapToDouble(activity -> metric.countsParticipants()
                        ? (activity.participants() == null ? 0 : activity.participants())
                        : 1)
                .sum();
    }

    /** The activities held, as the events recorded up to the instant say. */
    private List<Held> held(Instant asOf) {
        List<Held> held = new ArrayList<>();
        for (String id : recorded.entitiesOfType("Activity")) {
            ActivityKind kind = null;
            ActivityDates dates = null;
            Integer participants = null;
            boolean wasHeld = false;
            for (DomainEventMessage<?> message : recorded.eventsOf(id, asOf)) {
                switch ((ActivityEvent) message.getPayload()) {
                    case ActivityEvent.ActivityScheduled scheduled -> {
                        kind = scheduled.kind();
                        dates = scheduled.dates();
                    }
                    case ActivityEvent.ActivityConfirmed confirmed -> dates = confirmed.dates();
                    case ActivityEvent.ActivityRescheduled rescheduled -> dates = rescheduled.dates();
                    case ActivityEvent.ActivityHeld activityHeld -> {
                        wasHeld = true;
                        participants = activityHeld.participants();
                    }
                    case ActivityEvent.ActivityCancelled cancelled -> wasHeld = false;
                }
            }
            if (wasHeld && kind != null && dates != null) {
                held.add(new Held(kind, dates, participants));
            }
        }
        return held;
    }
}
