package org.gsef.governance.query.objectives;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand;
import org.gsef.governance.kernel.objectives.PlanEvent.IndicatorValueReported;
import org.gsef.governance.kernel.objectives.PlanEvent.StrategicPlanAdopted;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the strategic plans' indicators, with the latest value reported for each reported indicator. */
@Component
@ProcessingGroup(PlanProjection.PROCESSOR)
public class PlanProjection {

    public static final String PROCESSOR = "objectives";

    private final JdbcClient jdbc;

    public PlanProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StrategicPlanAdopted event) {
        for (PlanCommand.Direction direction : event.directions()) {
            for (PlanCommand.Objective objective : direction.objectives()) {
                for (Indicator indicator : objective.indicators()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("plan", event.planId());
                    row.put("year", event.year());
                    row.put("code", indicator.code());
                    row.put("directionCode", direction.code());
                    row.put("directionTitle", direction.title());
                    row.put("objectiveCode", objective.code());
                    row.put("objectiveTitle", objective.title());
                    row.put("name", indicator.name());
                    row.put("unit", indicator.unit());
                    row.put(
                            "metric",
                            indicator.metric() == null
                                    ? null
                                    : indicator.metric().name());
                    row.put(
                            "region",
                            indicator.region() == null
                                    ? null
                                    : indicator.region().name());
                    row.put("baseline", indicator.baseline());
                    row.put("target", indicator.target());
                    row.put("startsOn", indicator.startsOn());
                    row.put("deadline", indicator.deadline());
                    Rows.upsert(
                            jdbc,
                            "UPDATE indicator_view SET name = :name WHERE plan_id = :plan AND code = :code",
                            """
                            INSERT INTO indicator_view
                                   (plan_id, plan_year, code, direction_code, direction_title, objective_code,
                                    objective_title, name, unit, metric, region, baseline, target, starts_on, deadline)
                            VALUES (:plan, :year, :code, :directionCode, :directionTitle, :objectiveCode,
                                    :objectiveTitle, :name, :unit, :metric, :region, :baseline, :target, :startsOn,
                                    :deadline)""",
                            row);
                }
            }
        }
    }

    /** The latest report wins: a report as of an earlier date than the one on record does not replace it. */
    @EventHandler
    void on(IndicatorValueReported event) {
        jdbc.sql("""
                        UPDATE indicator_view SET reported_value = :value, reported_as_of = :asOf, evidence = :evidence
                         WHERE plan_id = :plan AND code = :code
                           AND (reported_as_of IS NULL OR reported_as_of <= :asOf)""")
                .param("value", event.value())
                .param("asOf", event.asOf())
                .param("evidence", event.evidence())
                .param("plan", event.planId())
                .param("code", event.indicator())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM indicator_view").update();
    }
}
