package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Tampering with the event store in plain SQL, outside the application, is found and the event named. */
@SingleNodeOnPostgres
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Test
    void an_update_a_delete_and_an_insert_made_in_plain_sql_are_each_found_and_named() throws SQLException {
        Api secretariat = new Api(port).as("secretariat");
        String lyon = Governance.submitted(secretariat, Applications.submission("Ville de Lyon", "FR", "Lyon"));
        Governance.expect(202, secretariat.post(Applications.PATH + "/" + lyon + "/review", ""));
        String nantes = Governance.submitted(secretariat, Applications.submission("Ville de Nantes", "FR", "Nantes"));
        JsonNode intact = awaitChained();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("links").asLong()).isEqualTo(3);

        Stored submitted = stored(lyon, 0);
        execute(
                "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " 'Ville de Lyon', 'Ville de Lyin'), 'UTF8') WHERE event_identifier = ?",
                submitted.eventId());
        assertProblem("CHANGED", submitted.eventId());
        restore(submitted);
        assertThat(verify().get("intact").asBoolean()).as("restored").isTrue();

        Stored reviewed = stored(lyon, 1);
        execute("DELETE FROM domain_event_entry WHERE event_identifier = ?", reviewed.eventId());
        assertProblem("REMOVED", reviewed.eventId());
        insert(reviewed);
        assertThat(verify().get("intact").asBoolean()).as("restored").isTrue();

        // two tamperings at once, of one entity: both are named, and nothing else
        execute(
                "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                        + " 'Ville de Lyon', 'Ville de Lyin'), 'UTF8') WHERE event_identifier = ?",
                submitted.eventId());
        execute("DELETE FROM domain_event_entry WHERE event_identifier = ?", reviewed.eventId());
        JsonNode both = verify();
        assertThat(both.get("intact").asBoolean()).isFalse();
        assertThat(both.get("problem").asString()).as("the first, as before").isEqualTo("CHANGED");
        assertThat(both.get("problemCount").asLong()).isEqualTo(2);
        assertThat(StreamSupport.stream(both.get("problems").spliterator(), false)
                        .map(p -> p.get("problem").asString() + " "
                                + p.get("globalIndex").asLong() + " "
                                + p.get("eventIdentifier").asString())
                        .toList())
                .containsExactly(
                        "CHANGED " + submitted.globalIndex() + " " + submitted.eventId(),
                        "REMOVED " + reviewed.globalIndex() + " " + reviewed.eventId());
        restore(submitted);
        insert(reviewed);
        assertThat(verify().get("intact").asBoolean()).as("restored").isTrue();

        String forged = UUID.randomUUID().toString();
        try (Connection connection = database.connect();
                PreparedStatement copy = connection.prepareStatement("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                               time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT ?, ?, 0, type, time_stamp, payload_type, payload_revision,
                               convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), meta_data
                          FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")) {
            String forgedAggregate = UUID.randomUUID().toString();
            copy.setString(1, forged);
            copy.setString(2, forgedAggregate);
            copy.setString(3, nantes);
            copy.setString(4, forgedAggregate);
            copy.setString(5, nantes);
            assertThat(copy.executeUpdate()).isEqualTo(1);
        }
        assertProblem("INSERTED", forged);
    }

    private void assertProblem(String problem, String eventId) {
        JsonNode report = verify();
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("problem").asString()).isEqualTo(problem);
        assertThat(report.get("eventIdentifier").asString()).isEqualTo(eventId);
    }

    private JsonNode awaitChained() {
        return Eventually.await(
                this::verify, r -> r.get("intact").asBoolean() && r.get("links").asLong() == 3);
    }

    private JsonNode verify() {
        return new Api(port).as("auditor").get("/api/audit/verification").json();
    }

    record Stored(
            long globalIndex,
            String eventId,
            String aggregate,
            long sequence,
            String type,
            String timestamp,
            String payloadType,
            String revision,
            byte[] payload,
            byte[] metaData) {}

    private Stored stored(String aggregate, long sequence) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            select.setString(1, aggregate);
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Stored(
                        row.getLong("global_index"),
                        row.getString("event_identifier"),
                        aggregate,
                        sequence,
                        row.getString("type"),
                        row.getString("time_stamp"),
                        row.getString("payload_type"),
                        row.getString("payload_revision"),
                        row.getBytes("payload"),
                        row.getBytes("meta_data"));
            }
        }
    }

    private void restore(Stored original) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?")) {
            update.setBytes(1, original.payload());
            update.setString(2, original.eventId());
            update.executeUpdate();
        }
    }

    private void insert(Stored original) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                               sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, original.globalIndex());
            insert.setString(2, original.eventId());
            insert.setString(3, original.aggregate());
            insert.setLong(4, original.sequence());
            insert.setString(5, original.type());
            insert.setString(6, original.timestamp());
            insert.setString(7, original.payloadType());
            insert.setString(8, original.revision());
            insert.setBytes(9, original.payload());
            insert.setBytes(10, original.metaData());
            insert.executeUpdate();
        }
    }

    private void execute(String sql, String eventId) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, eventId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
