package org.gsef.governance.query.program;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the program of activities: the calendar, and what each activity became. */
@Component
@ProcessingGroup(ActivityProjection.PROCESSOR)
public class ActivityProjection {

    public static final String PROCESSOR = "activities";

    private final JdbcClient jdbc;

    public ActivityProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityScheduled event) {
        Map<String, Object> row = dates(event.activityId(), event.dates());
        row.put("kind", event.kind().name());
        row.put("title", event.title());
        row.put("location", event.location());
        row.put("partners", JsonColumns.list(event.partners()));
        Rows.upsert(jdbc, "UPDATE activity_view SET title = :title WHERE activity_id = :id", """
                INSERT INTO activity_view
                       (activity_id, kind, title, date_from, date_to, month_only, to_be_confirmed, location, partners,
                        status)
                VALUES (:id, :kind, :title, :from, :to, :monthOnly, :tbc, :location, :partners, 'PLANNED')""", row);
    }

    @EventHandler
    void on(ActivityConfirmed event) {
        Map<String, Object> row = dates(event.activityId(), event.dates());
        row.put("location", event.location());
        jdbc.sql("""
                        UPDATE activity_view SET status = 'CONFIRMED', date_from = :from, date_to = :to,
                               month_only = :monthOnly, to_be_confirmed = :tbc,
                               location = COALESCE(:location, location)
                         WHERE activity_id = :id""").params(row).update();
    }

    @EventHandler
    void on(ActivityRescheduled event) {
        Map<String, Object> row = dates(event.activityId(), event.dates());
        row.put("note", "Rescheduled: " + event.reason());
        jdbc.sql("""
                        UPDATE activity_view SET date_from = :from, date_to = :to, month_only = :monthOnly,
                               to_be_confirmed = :tbc, note = :note
                         WHERE activity_id = :id""").params(row).update();
    }

    @EventHandler
    void on(ActivityHeld event) {
        jdbc.sql("UPDATE activity_view SET status = :status, participants = :participants, outcome = :outcome,"
                        + " to_be_confirmed = FALSE WHERE activity_id = :id")
                .param("status", ActivityStatus.HELD.name())
                .param("participants", event.participants(), Types.INTEGER)
                .param("outcome", event.outcome())
                .param("id", event.activityId())
                .update();
    }

    @EventHandler
    void on(ActivityCancelled event) {
        jdbc.sql("UPDATE activity_view SET status = 'CANCELLED', note = :note WHERE activity_id = :id")
                .param("note", event.reason())
                .param("id", event.activityId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM activity_view").update();
    }

    private static Map<String, Object> dates(UUID id, ActivityDates dates) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("from", dates.from());
        row.put("to", dates.to());
        row.put("monthOnly", dates.monthOnly());
        row.put("tbc", dates.toBeConfirmed());
        return row;
    }
}
