package org.gsef.governance.query.program;

import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityCancelled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityConfirmed;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityHeld;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityRescheduled;
import org.gsef.governance.kernel.program.ActivityEvent.ActivityScheduled;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldRow;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the program of activities: the calendar, and what each activity became. */
@Component
@ProcessingGroup(ActivityProjection.PROCESSOR)
public class ActivityProjection implements Folding {

    public static final String PROCESSOR = "activities";
    static final FoldTable ACTIVITIES = FoldTable.of("activity_view", "activity_id");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, ActivityProjection::new, ACTIVITIES);

    private final Fold fold;
    private final JdbcClient jdbc;

    public ActivityProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    /** Scheduled once: a second handling only restates the title. */
    @EventHandler
    void on(ActivityScheduled event) {
        FoldBatch batch = fold.batch();
        if (batch.find(ACTIVITIES, event.activityId()).isPresent()) {
            batch.row(ACTIVITIES, event.activityId()).set("title", event.title());
            return;
        }
        dates(batch.row(ACTIVITIES, event.activityId()), event.dates())
                .set("kind", event.kind().name())
                .set("title", event.title())
                .set("location", event.location())
                .set("partners", JsonColumns.list(event.partners()))
                .set("status", "PLANNED");
    }

    @EventHandler
    void on(ActivityConfirmed event) {
        activity(event.activityId()).ifPresent(row -> {
            dates(row, event.dates()).set("status", "CONFIRMED");
            if (event.location() != null) {
                row.set("location", event.location());
            }
        });
    }

    @EventHandler
    void on(ActivityRescheduled event) {
        activity(event.activityId())
                .ifPresent(row -> dates(row, event.dates()).set("note", "Rescheduled: " + event.reason()));
    }

    @EventHandler
    void on(ActivityHeld event) {
        activity(event.activityId())
                .ifPresent(row -> row.set("status", ActivityStatus.HELD.name())
                        .set("participants", event.participants())
                        .set("outcome", event.outcome())
                        .set("to_be_confirmed", false));
    }

    @EventHandler
    void on(ActivityCancelled event) {
        activity(event.activityId())
                .ifPresent(row -> row.set("status", "CANCELLED").set("note", event.reason()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM activity_view").update();
    }

    private Optional<FoldRow> activity(UUID id) {
        return fold.batch().find(ACTIVITIES, id);
    }

    private static FoldRow dates(FoldRow row, ActivityDates dates) {
        return row.set("date_from", dates.from())
                .set("date_to", dates.to())
                .set("month_only", dates.monthOnly())
                .set("to_be_confirmed", dates.toBeConfirmed());
    }
}
