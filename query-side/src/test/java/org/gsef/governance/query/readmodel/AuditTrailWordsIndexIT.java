package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.audit.AuditTrail;
import org.gsef.governance.query.audit.AuditTrail.Entry;
import org.gsef.governance.query.audit.AuditTrail.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The trail's words filter has an index on PostgreSQL (read-model migrations V17 and V24, issues #17 and #21): over
 * 100,000 events already on the trail before V24 (which gives them their words) of which a handful name Liverpool, the
 * page of the words "liverpool" is planned on the trigram index {@code audit_trail_words}, not by reading every event,
 * and finds exactly those events, whatever their case; a field name, an identifier or an instant of the content is not
 * among its words.
 */
class AuditTrailWordsIndexIT {

    @Test
    void the_words_filter_uses_the_trigram_index_and_finds_every_event_that_holds_the_words() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        DriverManagerDataSource dataSource = database.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .table(ReadModelSchema.HISTORY_TABLE)
                .locations("classpath:db/readmodel/common")
                .javaMigrations(ReadModelSchema.javaMigrations())
                .target("23")
                .load()
                .migrate();
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO audit_trail (global_index, event_id, occurred_at, entity_id, entity_type, event_type,
                                             content, actor_id, actor_roles)
                    SELECT i, 'e-' || i, TIMESTAMP WITH TIME ZONE '2019-01-01 00:00:00+00' + i * INTERVAL '1 minute',
                           'entity-' || (i % 5000), 'Ballot', 'VoteCast',
                           CASE WHEN i % 20000 = 7
                                THEN '{"subject":{"title":"Admission of LIVERPOOL City Region"},"seat":"ripess",'
                                     || '"ballotId":"6f1c2a9e-0b7d-4c1e-9a51-3d2e8f4b7c60",'
                                     || '"castAt":"2019-06-03T10:15:30.123Z"}'
                                ELSE '{"subject":{"title":"Minutes of meeting ' || i || '"},"seat":"seat-' || (i % 13)
                                     || '","choice":"YES"}' END,
                           'delegate-' || (i % 13), '[DELEGATE]'
                      FROM generate_series(1, 100000) AS i""");
        }
        new ReadModelSchema(dataSource).afterPropertiesSet();
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("ANALYZE audit_trail");
        }
        AuditTrail trail = new AuditTrail(JdbcClient.create(dataSource));
        Filter words = new Filter(null, null, null, null, null, null, null, null, null, null, "Liverpool");

        List<Entry> found = trail.page(words, 0, 50, true);
        assertThat(found).extracting(Entry::position).containsExactly(80007L, 60007L, 40007L, 20007L, 7L);

        String plan = String.join("\n", trail.plan(words, 0, 50, true));
        assertThat(plan).as(plan).contains(V17__AuditTrailWordsIndex.INDEX).doesNotContain("Seq Scan");
        System.out.println("EXPLAIN of the trail's words filter over 100,000 events:\n" + plan);

        assertThat(trail.page(filter("city region"), 0, 50, true)).hasSize(5);
        assertThat(trail.page(filter("ripess"), 0, 50, true)).hasSize(5);
        assertThat(trail.page(filter("subject"), 0, 50, true))
                .as("a field name")
                .isEmpty();
        assertThat(trail.page(filter("6f1c2a9e-0b7d"), 0, 50, true))
                .as("an identifier")
                .isEmpty();
        assertThat(trail.page(filter("2019-06-03T10"), 0, 50, true))
                .as("an instant")
                .isEmpty();
        assertThat(trail.page(filter("Meeting 4242"), 0, 50, true))
                .extracting(Entry::position)
                .containsExactly(42429L, 42428L, 42427L, 42426L, 42425L, 42424L, 42423L, 42422L, 42421L, 42420L, 4242L);
    }

    private static Filter filter(String text) {
        return new Filter(null, null, null, null, null, null, null, null, null, null, text);
    }
}
