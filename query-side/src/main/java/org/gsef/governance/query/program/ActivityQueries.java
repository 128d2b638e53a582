package org.gsef.governance.query.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Sorting;
import org.gsef.governance.query.readmodel.TitleSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The program of activities' read model: the one place its SQL lives, for the pages' API, the public calendar, the
 * calendar feeds, the search and the strategic plan's indicators that count activities held.
 */
@Component
public class ActivityQueries {

    private static final Map<String, String> SORTABLE =
            Map.of("from", "date_from", "to", "date_to", "title", "title", "kind", "kind", "status", "status");

    private final JdbcClient jdbc;

    public ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which activities a page asks for: of a year, ending on or after a day, of a kind, in one of some statuses; each
     * left out when null (or empty).
     */
    public record Filter(Integer year, LocalDate from, ActivityKind kind, Set<ActivityStatus> statuses) {

        public static final Filter NONE = new Filter(null, null, null, Set.of());

        public Filter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }
    }

    /**
     * A page of the activities that pass the filter, sorted by a sortable field then by their id, so that walking
     * through the pages meets every activity once.
     */
    public List<Activity> page(Filter filter, String sort, int offset, int limit) {
        return select(filter, sort, " LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(ActivityQueries::activity)
                .list();
    }

    /** Every activity, in the calendar's order: for the calendar feeds, which publish the whole program. */
    public List<Activity> all() {
        return select(Filter.NONE, null, "").query(ActivityQueries::activity).list();
    }

    private JdbcClient.StatementSpec select(Filter filter, String sort, String page) {
        String order = Sorting.orderBy(sort, SORTABLE, "date_from, date_to, title", "activity_id");
        LocalDate from = filter.from();
        if (filter.year() != null) {
            LocalDate january = LocalDate.of(filter.year(), 1, 1);
            from = from == null || from.isBefore(january) ? january : from;
        }
        String statuses = filter.statuses().isEmpty() ? "" : " AND status IN (:statuses)";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        SELECT * FROM activity_view
                         WHERE (:from IS NULL OR date_to >= :from) AND (:to IS NULL OR date_from <= :to)
                           AND (:kind IS NULL OR kind = :kind)""" + statuses + " ORDER BY " + order + page)
                .param("from", from, Types.DATE)
                .param("to", filter.year() == null ? null : LocalDate.of(filter.year(), 12, 31), Types.DATE)
                .param("kind", filter.kind() == null ? null : filter.kind().name(), Types.VARCHAR);
        if (!filter.statuses().isEmpty()) {
            statement = statement.param(
                    "statuses",
                    filter.statuses().stream().map(Enum::name).sorted().toList());
        }
        return statement;
    }

    public Optional<Activity> find(UUID activityId) {
        return jdbc.sql("SELECT * FROM activity_view WHERE activity_id = :id")
                .param("id", activityId)
                .query(ActivityQueries::activity)
                .optional();
    }

    private static Activity activity(ResultSet rs, int row) throws SQLException {
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

    /**
     * The activities of the given kinds held between two days (by their first day): how many, or, with {@code
     * participants}, how many took part in them.
     */
    public double held(Collection<ActivityKind> kinds, LocalDate from, LocalDate to, boolean participants) {
        String named = kinds.stream().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
        return jdbc.sql((participants ? "SELECT COALESCE(sum(participants), 0)" : "SELECT count(*)")
                        + " FROM activity_view WHERE status = '" + ActivityStatus.HELD.name() + "'"
                        + " AND date_from BETWEEN :from AND :to AND kind IN (" + named + ")")
                .param("from", from)
                .param("to", to)
                .query(Number.class)
                .single()
                .doubleValue();
    }

    /** @param monthOnly only the month is known; {@code from} and {@code to} span it */
    public record Activity(
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

    /** Activities whose title holds the words, with their first day. */
    public List<TitleSearch.Found> search(String pattern) {
        return TitleSearch.find(jdbc, "activity_view", "activity_id", "title", "date_from", pattern, null);
    }
}
