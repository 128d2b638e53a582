package org.gsef.governance.query.objectives;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.objectives.Indicator;
import org.gsef.governance.kernel.objectives.PlanCommand;
import org.gsef.governance.kernel.objectives.PlanEvent.IndicatorValueReported;
import org.gsef.governance.kernel.objectives.PlanEvent.StrategicPlanAdopted;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the strategic plans' indicators, with the latest value reported for each reported indicator. */
@Component
@ProcessingGroup(PlanProjection.PROCESSOR)
public class PlanProjection implements Folding {

    public static final String PROCESSOR = "objectives";
    static final FoldTable INDICATORS = FoldTable.of("indicator_view", "plan_id", "code");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, PlanProjection::new, INDICATORS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public PlanProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    /** Adopted once: a second handling only restates each indicator's name. */
    @EventHandler
    void on(StrategicPlanAdopted event) {
        FoldBatch batch = fold.batch();
        for (PlanCommand.Direction direction : event.directions()) {
            for (PlanCommand.Objective objective : direction.objectives()) {
                for (Indicator indicator : objective.indicators()) {
                    if (batch.find(INDICATORS, event.planId(), indicator.code()).isPresent()) {
                        batch.row(INDICATORS, event.planId(), indicator.code()).set("name", indicator.name());
                        continue;
                    }
                    batch.row(INDICATORS, event.planId(), indicator.code())
                            .set("plan_year", event.year())
                            .set("direction_code", direction.code())
                            .set("direction_title", direction.title())
                            .set("objective_code", objective.code())
                            .set("objective_title", objective.title())
                            .set("name", indicator.name())
                            .set("unit", indicator.unit())
                            .set(
                                    "metric",
                                    indicator.metric() == null
                                            ? null
                                            : indicator.metric().name())
                            .set(
                                    "region",
                                    indicator.region() == null
                                            ? null
                                            : indicator.region().name())
                            .set("baseline", indicator.baseline())
                            .set("target", indicator.target())
                            .set("starts_on", indicator.startsOn())
                            .set("deadline", indicator.deadline());
                }
            }
        }
    }

    /** The latest report wins: a report as of an earlier date than the one on record does not replace it. */
    @EventHandler
    void on(IndicatorValueReported event) {
        fold.batch()
                .find(INDICATORS, event.planId(), event.indicator())
                .filter(row -> row.get("reported_as_of") == null
                        || !((LocalDate) row.get("reported_as_of")).isAfter(event.asOf()))
                .ifPresent(row -> row.set("reported_value", event.value())
                        .set("reported_as_of", event.asOf())
                        .set("evidence", event.evidence()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM indicator_view").update();
    }
}
