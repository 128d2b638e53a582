package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** Stopping and starting the single-node run loses nothing: event store, tokens and read model survive. */
class RestartIT {

    @Test
    void a_restart_keeps_the_event_store_the_tokens_and_the_read_model() throws SQLException {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        String id;
        String tokensBefore;
        try (RunningApplication first = RunningApplication.start(GsefGovernance.class, "first", database.arguments())) {
            Api api = first.api().as("secretariat");
            id = Governance.submitted(api, Applications.submission("Bilbao", "ES", "Bilbao"));
            Governance.expect(202, api.post(Applications.PATH + "/" + id + "/review", ""));
            Eventually.await(
                    () -> api.get(Applications.PATH + "/" + id),
                    r -> r.status() == 200 && r.json().get("status").asString().equals("REVIEWED"));
            tokensBefore = Eventually.await(() -> tokens(database), t -> t.contains("\"index\":2"));
        }

        try (RunningApplication second =
                RunningApplication.start(GsefGovernance.class, "second", database.arguments())) {
            Api auditor = second.api().as("auditor");
            Api.Response kept = auditor.get(Applications.PATH + "/" + id);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.json().get("status").asString()).isEqualTo("REVIEWED");
            assertThat(tokens(database))
                    .as("the projection resumed, it did not start over")
                    .isEqualTo(tokensBefore);
            assertThat(count(database, "SELECT count(*) FROM membership_application_view"))
                    .isEqualTo(1);

            Governance.expect(
                    202,
                    second.api()
                            .as("secretariat")
                            .post(Applications.PATH + "/" + id + "/return", "{\"reason\": \"statutes\"}"));
            Eventually.await(
                    () -> auditor.get(Applications.PATH + "/" + id),
                    r -> r.json().get("status").asString().equals("RETURNED_FOR_INFORMATION"));
            assertThat(count(database, "SELECT count(*) FROM domain_event_entry"))
                    .isEqualTo(3);
        }
    }

    private static String tokens(PostgresTestDatabase database) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT string_agg(convert_from(token, 'UTF8'), ' ' ORDER BY segment) FROM token_entry"
                                + " WHERE processor_name = 'membership-applications'")) {
            rows.next();
            return String.valueOf(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(PostgresTestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
