package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.LongStream;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.audit.AuditTrail;
import org.gsef.governance.query.audit.AuditTrail.Entry;
import org.gsef.governance.query.audit.AuditTrail.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The trail filtered by entity, newest first, on PostgreSQL (read-model migration V25, issue #21): an entity whose
 * 1,000 events (1% of the trail, as the benchmark's long application) are the oldest of 100,000 is read through its own
 * index, in order, not by walking the whole trail backwards by position until a page of its events turns up (what
 * PostgreSQL planned while the entity's index had its part between the entity and the position: on a million events,
 * 85,000 pages read for one page of 50; this test fails on that index). Its pages follow each other by the cursor,
 * both ways, and a part filters the entity's events.
 */
class AuditTrailEntityIndexIT {

    private static final String OLD = "old-entity";

    @Test
    void an_entitys_events_newest_first_come_from_its_index_however_old_they_are() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        DriverManagerDataSource dataSource = database.dataSource();
        new ReadModelSchema(dataSource).afterPropertiesSet();
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO audit_trail (global_index, event_id, occurred_at, entity_id, entity_type, entity_part,
                                             event_type, content, actor_id, actor_roles)
                    SELECT i, 'e-' || i, TIMESTAMP WITH TIME ZONE '2019-01-01 00:00:00+00' + i * INTERVAL '1 minute',
                           CASE WHEN i <= 1000 THEN 'old-entity' ELSE 'entity-' || (i % 500) END,
                           'ForumEdition', CASE WHEN i <= 1000 AND i % 10 = 0 THEN 'milestone-1' END,
                           'MilestoneProgressReported', '{"progress":' || (i % 100) || '}',
                           'secretariat', '[SECRETARIAT]'
                      FROM generate_series(1, 100000) AS i""");
            sql.execute("ANALYZE audit_trail");
        }
        AuditTrail trail = new AuditTrail(JdbcClient.create(dataSource));
        Filter entity = new Filter(null, null, OLD, null, null, null, null, null, null, null, null);

        List<Entry> newest = trail.page(entity, 0, 50, true);
        assertThat(newest).extracting(Entry::position).containsExactlyElementsOf(positions(1000, 951));
        String plan = String.join("\n", trail.plan(entity, 0, 50, true));
        System.out.println(
                "EXPLAIN of the trail filtered by an old entity, newest first, over 100,000 events:\n" + plan);
        assertThat(plan).as(plan).contains("Index Scan Backward using audit_trail_entity");
        assertThat(plan).as(plan).doesNotContain("audit_trail_pkey").doesNotContain("Seq Scan");

        assertThat(trail.page(entity, 951, 50, true))
                .as("the next page, by the cursor")
                .extracting(Entry::position)
                .containsExactlyElementsOf(positions(950, 901));
        assertThat(trail.page(entity, 0, 50, false))
                .as("oldest first")
                .extracting(Entry::position)
                .containsExactlyElementsOf(positions(1, 50));
        assertThat(trail.page(
                        new Filter(null, null, OLD, "milestone-1", null, null, null, null, null, null, null),
                        0,
                        3,
                        true))
                .as("one part of the entity")
                .extracting(Entry::position)
                .containsExactly(1000L, 990L, 980L);
        assertThat(trail.page(
                        new Filter(null, null, "entity-7", null, null, null, null, null, null, null, null), 0, 2, true))
                .as("an entity of the newest events")
                .extracting(Entry::position)
                .containsExactly(99507L, 99007L);
    }

    private static List<Long> positions(long from, long to) {
        return from > to
                ? LongStream.rangeClosed(to, from)
                        .map(i -> from + to - i)
                        .boxed()
                        .toList()
                : LongStream.rangeClosed(from, to).boxed().toList();
    }
}
