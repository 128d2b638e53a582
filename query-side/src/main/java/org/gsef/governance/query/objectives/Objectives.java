package org.gsef.governance.query.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.gsef.governance.kernel.objectives.DerivedMetric;
import org.gsef.governance.query.objectives.PlanView.Direction;
import org.gsef.governance.query.objectives.PlanView.Indicator;
import org.gsef.governance.query.objectives.PlanView.Objective;
import org.gsef.governance.query.program.ActivityProjection;
import org.gsef.governance.query.program.ActivityQueries;
import org.gsef.governance.query.readmodel.Recomputed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strategic plans with every indicator: its target, its actual value on a day (counted from the record by the
 * effective dates of what happened, or the latest value the Secretariat reported as of that day), where its trajectory
 * says it should be, and the status that follows on that day. Nobody types a status in.
 */
@Component
public class Objectives {

    /** The read models the plans are judged from, besides the member register's history in the event store. */
    private static final Set<String> READS = Set.of(PlanProjection.PROCESSOR, ActivityProjection.PROCESSOR);

    private final JdbcClient jdbc;
    private final MembersOnADay members;
    private final ActivityQueries activities;
    private final Recomputed recomputed;
    private final Clock clock;

    public Objectives(
            JdbcClient jdbc, MembersOnADay members, ActivityQueries activities, Recomputed recomputed, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.activities = activities;
        this.recomputed = recomputed;
        this.clock = clock;
    }

    /**
     * Which plans a question is about: those in view on its day (every plan not yet over, whether running or adopted
     * for a later period, and the one that ended last before that day, whose results are still the latest word), or
     * every plan ever adopted. A dashboard asks for the first; a history of centuries holds hundreds of plans.
     */
    public enum Scope {
        IN_VIEW,
        ALL
    }

    /** The plans in {@code scope} on {@code day}, their indicators evaluated as of that day. */
    public List<PlanView> on(LocalDate day, Scope scope) {
        return recomputed.get(
                List.of("objectives on", day, scope), true, READS, () -> evaluated(day, scope, end -> day));
    }

    /**
     * The plans in {@code scope} today, each judged in its own period: as of today while it runs, as of its last
     * deadline once it is over (so a finished plan shows each target achieved or missed, and by how much).
     */
    public List<PlanView> current(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        return recomputed.get(
                List.of("objectives judged", today, scope),
                true,
                READS,
                () -> evaluated(today, scope, end -> IndicatorStatus.judgedOn(today, end)));
    }

    /** The plans in view on {@code day}, by each plan's end (its last deadline): see {@link Scope#IN_VIEW}. */
    static Set<UUID> inView(Map<UUID, LocalDate> ends, LocalDate day) {
        LocalDate lastEnded = ends.values().stream()
                .filter(end -> end.isBefore(day))
                .max(Comparator.naturalOrder())
                .orElse(null);
        Set<UUID> plans = new LinkedHashSet<>();
        ends.forEach((planId, end) -> {
            if (!end.isBefore(day) || end.equals(lastEnded)) {
                plans.add(planId);
            }
        });
        return plans;
    }

    private List<PlanView> evaluated(LocalDate asked, Scope scope, UnaryOperator<LocalDate> dayForPlanEnd) {
        Map<UUID, LocalDate> ends = new LinkedHashMap<>();
        jdbc.sql("SELECT plan_id, max(deadline) AS plan_end FROM indicator_view GROUP BY plan_id")
                .query((rs, row) ->
                        ends.put(rs.getObject("plan_id", UUID.class), rs.getObject("plan_end", LocalDate.class)))
                .list();
        Set<UUID> chosen = scope == Scope.ALL ? ends.keySet() : inView(ends, asked);
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> days = new LinkedHashMap<>();
        chosen.forEach(planId -> days.put(planId, dayForPlanEnd.apply(ends.get(planId))));
        Map<UUID, PlanView> plans = new LinkedHashMap<>();
        JdbcClient.StatementSpec indicators = scope == Scope.ALL
                ? jdbc.sql("SELECT * FROM indicator_view ORDER BY plan_year, direction_code, objective_code, code")
                : jdbc.sql("SELECT * FROM indicator_view WHERE plan_id IN (:plans)"
                                + " ORDER BY plan_year, direction_code, objective_code, code")
                        .param("plans", List.copyOf(chosen));
        indicators
                .query((rs, row) -> {
                    UUID planId = rs.getObject("plan_id", UUID.class);
                    LocalDate day = days.get(planId);
                    PlanView plan = plans.computeIfAbsent(
                            planId,
                            id -> new PlanView(
                                    id, rowYear(rs), new ArrayList<>(), day, !day.isBefore(ends.get(planId))));
                    Direction direction = plan.directions().stream()
                            .filter(d -> d.code().equals(string(rs, "direction_code")))
                            .findFirst()
                            .orElseGet(() -> {
                                Direction created = new Direction(
                                        string(rs, "direction_code"), string(rs, "direction_title"), new ArrayList<>());
                                plan.directions().add(created);
                                return created;
                            });
                    Objective objective = direction.objectives().stream()
                            .filter(o -> o.code().equals(string(rs, "objective_code")))
                            .findFirst()
                            .orElseGet(() -> {
                                Objective created = new Objective(
                                        string(rs, "objective_code"), string(rs, "objective_title"), new ArrayList<>());
                                direction.objectives().add(created);
                                return created;
                            });
                    objective.indicators().add(indicator(rs, day));
                    return planId;
                })
                .list();
        return List.copyOf(plans.values());
    }

    private Indicator indicator(ResultSet rs, LocalDate day) throws SQLException {
        String metricName = rs.getString("metric");
        DerivedMetric metric = metricName == null ? null : DerivedMetric.valueOf(metricName);
        double baseline = rs.getDouble("baseline");
        double target = rs.getDouble("target");
        LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Double reported = (Double) rs.getObject("reported_value", Double.class);
        LocalDate reportedAsOf = rs.getObject("reported_as_of", LocalDate.class);
        boolean reportedByThen = reported != null && (reportedAsOf == null || !reportedAsOf.isAfter(day));
        double actual = metric == null
                ? (reportedByThen ? reported : baseline)
                : derived(metric, rs.getString("region"), startsOn, deadline.isBefore(day) ? deadline : day);
        return Indicator.on(
                day,
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("unit"),
                metric,
                rs.getString("region"),
                baseline,
                target,
                startsOn,
                deadline,
                actual,
                reportedByThen ? reportedAsOf : null,
                reportedByThen ? rs.getString("evidence") : null);
    }

    /**
     * The value the record gives by the effective dates of what happened: members active on {@code to} (the register's
     * opening balance included; by region, only the named members), or activities held from {@code from} to {@code to}.
     */
    private double derived(DerivedMetric metric, String region, LocalDate from, LocalDate to) {
        if (metric == DerivedMetric.ACTIVE_MEMBERS) {
            return members.activeOn(to, region);
        }
        return activities.held(metric.activityKinds(), from, to, metric.countsParticipants());
    }

    private static int rowYear(ResultSet rs) {
        try {
            return rs.getInt("plan_year");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
