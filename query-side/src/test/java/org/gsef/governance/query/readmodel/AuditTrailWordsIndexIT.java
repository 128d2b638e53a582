package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.audit.AuditTrail;
import org.gsef.governance.query.audit.AuditTrail.Entry;
import org.gsef.governance.query.audit.AuditTrail.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The trail's words filter has an index on PostgreSQL (read-model migration V17, issue #17): over 100,000 events of
 * which a handful name Liverpool, the page of the words "liverpool" is planned on the trigram index
 * {@code audit_trail_words}, not by reading every event, and finds exactly those events, whatever their case.
 */
class AuditTrailWordsIndexIT {

    @Test
    void the_words_filter_uses_the_trigram_index_and_finds_every_event_that_holds_the_words() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.url(),
                System.getProperty("gsef.test.db.user", "postgres"),
                System.getProperty("gsef.test.db.password", ""));
        new ReadModelSchema(dataSource).afterPropertiesSet();
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO audit_trail (global_index, event_id, occurred_at, entity_id, entity_type, event_type,
                                             content, actor_id, actor_roles)
                    SELECT i, 'e-' || i, TIMESTAMP WITH TIME ZONE '2019-01-01 00:00:00+00' + i * INTERVAL '1 minute',
                           'entity-' || (i % 5000), 'Ballot', 'VoteCast',
                           CASE WHEN i % 20000 = 7
                                THEN '{"subject":{"title":"Admission of LIVERPOOL City Region"},"seat":"ripess"}'
                                ELSE '{"subject":{"title":"Minutes of meeting ' || i || '"},"seat":"seat-' || (i % 13)
                                     || '","choice":"YES"}' END,
                           'delegate-' || (i % 13), '[DELEGATE]'
                      FROM generate_series(1, 100000) AS i""");
            sql.execute("ANALYZE audit_trail");
        }
        AuditTrail trail = new AuditTrail(JdbcClient.create(dataSource));
        Filter words = new Filter(null, null, null, null, null, null, null, null, null, null, "Liverpool");

        List<Entry> found = trail.page(words, 0, 50, true);
        assertThat(found).extracting(Entry::position).containsExactly(80007L, 60007L, 40007L, 20007L, 7L);

        String plan = String.join("\n", trail.plan(words, 0, 50, true));
        assertThat(plan).as(plan).contains(V17__AuditTrailWordsIndex.INDEX).doesNotContain("Seq Scan");
        System.out.println("EXPLAIN of the trail's words filter over 100,000 events:\n" + plan);
    }
}
