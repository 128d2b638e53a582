package org.gsef.governance.command.objectives;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand.AdoptStrategicPlan;
import org.gsef.governance.kernel.objectives.PlanCommand.ReportIndicatorValue;
import org.gsef.governance.kernel.objectives.PlanEvent.IndicatorValueReported;
import org.gsef.governance.kernel.objectives.PlanEvent.StrategicPlanAdopted;

/**
 * A yearly strategic plan: directions, objectives and measurable indicators. Indicators derived from the record need
 * nothing from anyone; the others take values the Secretariat reports, with evidence.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class StrategicPlan {

    @AggregateIdentifier
    private String planId;

    private UUID id;
    private final Map<String, Indicator> indicators = new HashMap<>();

    protected StrategicPlan() {}

    @CommandHandler
    public StrategicPlan(AdoptStrategicPlan command, Clock clock) {
        apply(new StrategicPlanAdopted(command.planId(), command.year(), command.directions(), clock.instant()));
    }

    @CommandHandler
    public void handle(ReportIndicatorValue command, Clock clock) {
        Indicator indicator = indicators.get(command.indicator());
        if (indicator == null) {
            throw new RuleViolation(
                    Refusal.NO_SUCH_INDICATOR, "the plan has no indicator " + command.indicator(), command.indicator());
        }
        if (!indicator.reported()) {
            throw new RuleViolation(
                    Refusal.INDICATOR_DERIVED,
                    command.indicator() + " is derived from the record",
                    command.indicator());
        }
        if (command.value() < 0) {
            throw new RuleViolation(Refusal.NEGATIVE_VALUE, "an indicator value cannot be negative");
        }
        apply(new IndicatorValueReported(
                id, command.indicator(), command.value(), command.asOf(), command.evidence(), clock.instant()));
    }

    @EventSourcingHandler
    void on(StrategicPlanAdopted event) {
        planId = event.planId().toString();
        id = event.planId();
        event.directions()
                .forEach(direction -> direction
                        .objectives()
                        .forEach(objective -> objective.indicators().forEach(i -> indicators.put(i.code(), i))));
    }
}
