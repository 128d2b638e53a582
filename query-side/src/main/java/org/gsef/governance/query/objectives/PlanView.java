package org.gsef.governance.query.objectives;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.objectives.DerivedMetric;

/**
 * A strategic plan as people read it, live ({@code /api/objectives}) or as of a past instant (time travel): its
 * directions, objectives and indicators, each indicator with its value and the status that follows on a day.
 *
 * @param judgedOn the day its indicators are judged on
 * @param ended whether the plan is over on that day (its last deadline has come): its indicators are then achieved or
 *     missed
 */
public record PlanView(UUID planId, int year, List<Direction> directions, LocalDate judgedOn, boolean ended) {

    /** The same plan with no evidence on any indicator: what anyone may read. */
    public PlanView withoutEvidence() {
        return new PlanView(
                planId,
                year,
                directions.stream()
                        .map(direction -> new Direction(
                                direction.code(),
                                direction.title(),
                                direction.objectives().stream()
                                        .map(objective -> new Objective(
                                                objective.code(),
                                                objective.title(),
                                                objective.indicators().stream()
                                                        .map(Indicator::withoutEvidence)
                                                        .toList()))
                                        .toList()))
                        .toList(),
                judgedOn,
                ended);
    }

    public record Direction(String code, String title, List<Objective> objectives) {}

    public record Objective(String code, String title, List<Indicator> indicators) {}

    /**
     * @param source {@code REPORTED}, or the metric the value is counted by
     * @param expected where the trajectory from baseline to target puts the indicator on the day asked
     * @param shortfall how far the value falls short of the target, none once reached: by how much a missed target
     *     was missed
     */
    public record Indicator(
            String code,
            String name,
            String unit,
            String source,
            String region,
            double baseline,
            double target,
            LocalDate startsOn,
            LocalDate deadline,
            double actual,
            double expected,
            IndicatorStatus status,
            double shortfall,
            LocalDate reportedAsOf,
            String evidence) {

        Indicator withoutEvidence() {
            return new Indicator(
                    code,
                    name,
                    unit,
                    source,
                    region,
                    baseline,
                    target,
                    startsOn,
                    deadline,
                    actual,
                    expected,
                    status,
                    shortfall,
                    reportedAsOf,
                    null);
        }

        /** The indicator on {@code day}, with the value the record gives: its status is computed, never typed in. */
        public static Indicator on(
                LocalDate day,
                String code,
                String name,
                String unit,
                DerivedMetric metric,
                String region,
                double baseline,
                double target,
                LocalDate startsOn,
                LocalDate deadline,
                double actual,
                LocalDate reportedAsOf,
                String evidence) {
            double expected = IndicatorStatus.expected(baseline, target, startsOn, deadline, day);
            return new Indicator(
                    code,
                    name,
                    unit,
                    metric == null ? "REPORTED" : metric.name(),
                    region,
                    baseline,
                    target,
                    startsOn,
                    deadline,
                    actual,
                    Math.round(expected * 10) / 10.0,
                    IndicatorStatus.of(baseline, target, startsOn, deadline, actual, day),
                    IndicatorStatus.shortfall(baseline, target, actual),
                    reportedAsOf,
                    evidence);
        }
    }
}
