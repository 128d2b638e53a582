package org.gsef.governance.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Read-model rows written as joined text before migration V13 read back, after it, as the same lists and maps through
 * {@link JsonColumns}, quotes, backslashes and commas inside an agenda item included.
 */
class ListsAsJsonMigrationIT {

    @Test
    void rows_joined_as_text_read_back_as_the_same_lists_and_maps() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(
                        database.url(),
                        System.getProperty("gsef.test.db.user", "postgres"),
                        System.getProperty("gsef.test.db.password", ""))
                .table(ReadModelSchema.HISTORY_TABLE)
                .locations("classpath:db/readmodel/common");
        flyway.target("12").load().migrate(); // before V13 and V15
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO meeting_view (meeting_id, title, starts_on, ends_on, format, location, agenda, present,
                           proxies)
                    VALUES ('6b1e4c1e-0000-4000-8000-000000000001', 'Second meeting', DATE '2019-07-10',
                            DATE '2019-07-10', 'IN_PERSON', 'Medellín',
                            'Opening' || chr(10) || 'The "youth camp", Seoul \\ budget, 2020' || chr(10) || 'Closing',
                            'bamako,montreal-city,seoul-city', 'bamako>seoul-city,montreal-city>seoul-city')""");
            sql.execute("""
                    INSERT INTO meeting_view (meeting_id, title, starts_on, ends_on, format, location, agenda, present,
                           proxies)
                    VALUES ('6b1e4c1e-0000-4000-8000-000000000002', 'Nobody yet', DATE '2019-10-14',
                            DATE '2019-10-14', 'ONLINE', 'Online', '', '', '')""");
            sql.execute("""
                    INSERT INTO activity_view (activity_id, kind, title, date_from, date_to, month_only, to_be_confirmed,
                           partners, status)
                    VALUES ('6b1e4c1e-0000-4000-8000-000000000003', 'TRAINING', 'International training',
                            DATE '2019-11-01', DATE '2019-11-30', TRUE, FALSE,
                            'Seoul Metropolitan Government' || chr(10) || 'C.I.T.I.E.S., "Montréal"', 'PLANNED')""");
        }

        Flyway.configure()
                .dataSource(
                        database.url(),
                        System.getProperty("gsef.test.db.user", "postgres"),
                        System.getProperty("gsef.test.db.password", ""))
                .table(ReadModelSchema.HISTORY_TABLE)
                .locations("classpath:db/readmodel/common")
                .load()
                .migrate();

        try (Connection connection = database.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT agenda, present, proxies FROM meeting_view ORDER BY title")) {
            assertThat(rows.next()).isTrue();
            assertThat(JsonColumns.list(rows.getString("agenda"))).isEmpty();
            assertThat(JsonColumns.list(rows.getString("present"))).isEmpty();
            assertThat(JsonColumns.map(rows.getString("proxies"))).isEmpty();
            assertThat(rows.next()).isTrue();
            assertThat(JsonColumns.list(rows.getString("agenda")))
                    .containsExactly("Opening", "The \"youth camp\", Seoul \\ budget, 2020", "Closing");
            assertThat(JsonColumns.list(rows.getString("present")))
                    .containsExactly("bamako", "montreal-city", "seoul-city");
            assertThat(JsonColumns.map(rows.getString("proxies")))
                    .isEqualTo(Map.of("bamako", "seoul-city", "montreal-city", "seoul-city"));
        }
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT partners FROM activity_view")) {
            assertThat(rows.next()).isTrue();
            assertThat(JsonColumns.list(rows.getString("partners")))
                    .containsExactly("Seoul Metropolitan Government", "C.I.T.I.E.S., \"Montréal\"");
        }
    }
}
