package org.gsef.governance.query.program.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Sorting;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The program of activities as a calendar, with the dates as precisely as they are known. */
@RestController
class ActivityReads {

    private final JdbcClient jdbc;

    private static final Map<String, String> SORTABLE =
            Map.of("from", "date_from", "to", "date_to", "title", "title", "kind", "kind", "status", "status");

    ActivityReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/activities")
    List<Activity> calendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String sort) {
        ReadAccess.signedIn();
        return activities(year, kind, status, sort);
    }

    /** One activity of the program, read as the calendar it comes from: by anyone signed in. */
    @GetMapping("/api/activities/{activityId}")
    Activity activity(@PathVariable UUID activityId) {
        ReadAccess.signedIn();
        return jdbc.sql("SELECT * FROM activity_view WHERE activity_id = :id")
                .param("id", activityId)
                .query(ActivityReads::activityOf)
                .optional()
                .orElseThrow(() -> new NotFound("activity " + activityId));
    }

    /**
     * The program of activities for anyone: GSEF publishes its calendar, with its partner organisations. The outcome
     * and the notes (reasons for rescheduling or cancelling) are written for the record and may name a person: they
     * are left out.
     */
    @GetMapping("/api/public/activities")
    List<PublicActivity> publicCalendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String sort) {
        return activities(year, kind, status, sort).stream()
                .map(activity -> new PublicActivity(
                        activity.activityId(),
                        activity.kind(),
                        activity.title(),
                        activity.from(),
                        activity.to(),
                        activity.monthOnly(),
                        activity.toBeConfirmed(),
                        activity.location(),
                        activity.partners(),
                        activity.status(),
                        activity.participants()))
                .toList();
    }

    private List<Activity> activities(Integer year, ActivityKind kind, ActivityStatus status, String sort) {
        String order = Sorting.orderBy(sort, SORTABLE, "date_from, date_to, title", "activity_id");
        return jdbc.sql("""
                        SELECT * FROM activity_view
                         WHERE (:from IS NULL OR date_to >= :from) AND (:to IS NULL OR date_from <= :to)
                           AND (:kind IS NULL OR kind = :kind) AND (:status IS NULL OR status = :status)
                        """ + " ORDER BY " + order)
                .param("from", year == null ? null : LocalDate.of(year, 1, 1), Types.DATE)
                .param("to", year == null ? null : LocalDate.of(year, 12, 31), Types.DATE)
                .param("kind", kind == null ? null : kind.name(), Types.VARCHAR)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .query(ActivityReads::activityOf)
                .list();
    }

    private static Activity activityOf(ResultSet rs, int row) throws SQLException {
        return new Activity(
                rs.getObject("activity_id", UUID.class),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_to", LocalDate.class),
                rs.getBoolean("month_only"),
                rs.getBoolean("to_be_confirmed"),
                rs.getString("location"),
                JsonColumns.list(rs.getString("partners")),
                ActivityStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("participants", Integer.class),
                rs.getString("outcome"),
                rs.getString("note"));
    }

    /** What anyone may read of an activity. */
    record PublicActivity(
            UUID activityId,
            ActivityKind kind,
            String title,
            LocalDate from,
            LocalDate to,
            boolean monthOnly,
            boolean toBeConfirmed,
            String location,
            List<String> partners,
            ActivityStatus status,
            Integer participants) {}

    /** @param monthOnly only the month is known; {@code from} and {@code to} span it */
    record Activity(
            UUID activityId,
            ActivityKind kind,
            String title,
            LocalDate from,
            LocalDate to,
            boolean monthOnly,
            boolean toBeConfirmed,
            String location,
            List<String> partners,
            ActivityStatus status,
            Integer participants,
            String outcome,
            String note) {}
}
