package org.gsef.governance.kernel.objectives;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands of a yearly strategic plan. */
public sealed interface PlanCommand {

    UUID planId();

    /** A command to an existing plan, routed to it by its identifier. */
    sealed interface Targeted extends PlanCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return planId().toString();
        }
    }

    /** A strategic direction, its objectives and their indicators. */
    record Direction(String code, String title, List<Objective> objectives) {
        public Direction {
            code = Require.text(code, "direction code", 20).strip();
            title = Require.text(title, "direction title", 1000).strip();
            objectives = List.copyOf(Require.present(objectives, "objectives"));
        }
    }

    record Objective(String code, String title, List<Indicator> indicators) {
        public Objective {
            code = Require.text(code, "objective code", 20).strip();
            title = Require.text(title, "objective title", 1000).strip();
            indicators = List.copyOf(Require.present(indicators, "indicators"));
        }
    }

    record AdoptStrategicPlan(UUID planId, int year, List<Direction> directions) implements PlanCommand {
        public AdoptStrategicPlan {
            Require.present(planId, "planId");
            if (year < 2013 || year > 2100) {
                throw new IllegalArgumentException("the plan's year is not plausible: " + year);
            }
            directions = List.copyOf(Require.present(directions, "directions"));
            Set<String> codes = new HashSet<>();
            for (Direction direction : directions) {
                for (Objective objective : direction.objectives()) {
                    for (Indicator indicator : objective.indicators()) {
                        if (!codes.add(indicator.code())) {
                            throw new IllegalArgumentException("indicator code " + indicator.code() + " is used twice");
                        }
                    }
                }
            }
        }
    }

    /** A value the Secretariat reports for a reported indicator, with its evidence. */
    record ReportIndicatorValue(UUID planId, String indicator, double value, LocalDate asOf, String evidence)
            implements Targeted {
        public ReportIndicatorValue {
            Require.present(planId, "planId");
            indicator = Require.text(indicator, "indicator", 40).strip();
            Require.present(asOf, "asOf");
            evidence = Require.text(evidence, "evidence", 2000).strip();
        }
    }
}
