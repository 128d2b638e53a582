package org.gsef.governance.query.forum;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The GSEF2020 milestones overdue on a day: due before it, neither done nor cancelled. One rule, for the gauge and the
 * Secretariat's daily digest alike.
 */
@Component
public class OverdueMilestones {

    private static final String OVERDUE = "due_on < :today AND status NOT IN ('DONE', 'CANCELLED')";

    private final JdbcClient jdbc;

    public OverdueMilestones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Overdue(String title, LocalDate dueOn) {}

    public long count(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM milestone_view WHERE " + OVERDUE)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    public List<Overdue> on(LocalDate today) {
        return jdbc.sql("SELECT title, due_on FROM milestone_view WHERE " + OVERDUE + " ORDER BY due_on, title")
                .param("today", today)
                .query((rs, n) -> new Overdue(rs.getString("title"), rs.getObject("due_on", LocalDate.class)))
                .list();
    }
}
