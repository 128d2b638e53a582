package org.gsef.governance.query.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsef.governance.kernel.objectives.DerivedMetric;
import org.gsef.governance.query.objectives.PlanView.Direction;
import org.gsef.governance.query.objectives.PlanView.Indicator;
import org.gsef.governance.query.objectives.PlanView.Objective;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strategic plans with every indicator: its target, its actual value (counted from the record, or the latest value
 * the Secretariat reported), where its trajectory says it should be, and the status that follows on a day. Nobody
 * types a status in.
 */
@Component
public class Objectives {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Objectives(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every plan, its indicators evaluated on {@code day}. */
    public List<PlanView> on(LocalDate day) {
        Map<UUID, PlanView> plans = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM indicator_view ORDER BY plan_year, direction_code, objective_code, code")
                .query((rs, row) -> {
                    UUID planId = rs.getObject("plan_id", UUID.class);
                    PlanView plan =
                            plans.computeIfAbsent(planId, id -> new PlanView(id, rowYear(rs), new ArrayList<>()));
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

    /** Every plan, its indicators evaluated today. */
    public List<PlanView> today() {
        return on(LocalDate.now(clock));
    }

    private Indicator indicator(ResultSet rs, LocalDate day) throws SQLException {
        String metricName = rs.getString("metric");
        DerivedMetric metric = metricName == null ? null : DerivedMetric.valueOf(metricName);
        double baseline = rs.getDouble("baseline");
        double target = rs.getDouble("target");
        LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        Double reported = (Double) rs.getObject("reported_value", Double.class);
        double actual = metric == null
                ? (reported == null ? baseline : reported)
                : derived(metric, rs.getString("region"), startsOn, deadline);
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
                rs.getObject("reported_as_of", LocalDate.class),
                rs.getString("evidence"));
    }

    /** The value the record gives: members now, or activities held within the indicator's period. */
    private double derived(DerivedMetric metric, String region, LocalDate from, LocalDate to) {
        if (metric == DerivedMetric.ACTIVE_MEMBERS) {
            return jdbc.sql("SELECT count(*) FROM member_view WHERE status = 'ACTIVE'"
                            + " AND (CAST(:region AS VARCHAR(40)) IS NULL OR region = :region)")
                    .param("region", region, Types.VARCHAR)
                    .query(Number.class)
                    .single()
                    .doubleValue();
        }
        String kinds = metric.activityKinds().stream()
                .map(kind -> "'" + kind.name() + "'")
                .collect(Collectors.joining(", "));
        return jdbc.sql((metric.countsParticipants() ? "SELECT COALESCE(sum(participants), 0)" : "SELECT count(*)")
                        + " FROM activity_view WHERE status = 'HELD' AND date_from BETWEEN :from AND :to"
                        + " AND kind IN (" + kinds + ")")
                .param("from", from)
                .param("to", to)
                .query(Number.class)
                .single()
                .doubleValue();
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
