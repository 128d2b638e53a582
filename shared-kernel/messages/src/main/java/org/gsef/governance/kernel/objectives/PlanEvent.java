package org.gsef.governance.kernel.objectives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything that can happen to a strategic plan. */
public sealed interface PlanEvent {

    UUID planId();

    record StrategicPlanAdopted(UUID planId, int year, List<PlanCommand.Direction> directions, Instant at)
            implements PlanEvent {}

    record IndicatorValueReported(
            UUID planId, String indicator, double value, LocalDate asOf, String evidence, Instant at)
            implements PlanEvent {}
}
