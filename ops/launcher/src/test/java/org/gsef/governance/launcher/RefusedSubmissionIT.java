package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Authorise before touching data: a submission or resubmission with a contact person that is refused (the public, a
 * role that may not submit, or the rules once the contact was sealed) leaves the personal-data keys and the event
 * store as they were, on PostgreSQL.
 */
@SingleNodeOnPostgres
class RefusedSubmissionIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    private static String withContact(String organisation) {
        String submission = Applications.submission(organisation, "ES", "Bilbao");
        return submission.substring(0, submission.lastIndexOf('}'))
                + ", \"contact\": {\"name\": \"Ane Etxeberria\", \"email\": \"ane@example.org\"}}";
    }

    @Test
    void a_refused_submission_seals_stores_and_records_nothing() throws SQLException {
        Api api = new Api(port);
        long keys = count("personal_data_key");
        long events = count("domain_event_entry");

        String body = withContact(Applications.unique("Bilbao Social Economy Network"));
        assertThat(api.post(Applications.PATH, body).status()).isEqualTo(401);
        // A delegate and a chair may send commands, but not this one: refused on the command side's rule.
        assertThat(api.as("bilbao-city").post(Applications.PATH, body).status()).isEqualTo(403);
        assertThat(api.as("chair").post(Applications.PATH, body).status()).isEqualTo(403);
        assertThat(api.as("auditor").post(Applications.PATH, body).status()).isEqualTo(403);
        String resubmission = Applications.PATH + "/" + UUID.randomUUID() + "/resubmission";
        assertThat(api.as("bilbao-city").post(resubmission, body).status()).isEqualTo(403);

        assertThat(count("personal_data_key")).as("keys of personal data").isEqualTo(keys);
        assertThat(count("domain_event_entry")).as("events").isEqualTo(events);

        // The same submission by the Secretariat is accepted and seals its contact: the counts can move.
        assertThat(api.as("secretariat").post(Applications.PATH, body).status()).isEqualTo(201);
        assertThat(count("personal_data_key")).isEqualTo(keys + 1);
        assertThat(count("domain_event_entry")).isGreaterThan(events);
    }

    @Test
    void a_submission_the_rules_refuse_after_sealing_leaves_no_key_behind() throws SQLException {
        Api secretariat = new Api(port).as("secretariat");
        String organisation = Applications.unique("Donostia Social Economy Network");
        assertThat(secretariat
                        .post(Applications.PATH, withContact(organisation))
                        .status())
                .isEqualTo(201);
        long keys = count("personal_data_key");
        long events = count("domain_event_entry");

        // The same organisation again: refused by the registry (409) once its contact person was sealed.
        assertThat(secretariat
                        .post(Applications.PATH, withContact(organisation))
                        .status())
                .isEqualTo(409);
        // A resubmission of an application that does not exist: refused once its contact person was sealed.
        assertThat(secretariat
                        .post(Applications.PATH + "/" + UUID.randomUUID() + "/resubmission", withContact(organisation))
                        .status())
                .isBetween(400, 499);

        assertThat(count("personal_data_key")).as("keys of personal data").isEqualTo(keys);
        assertThat(count("domain_event_entry")).as("events").isEqualTo(events);
    }

    private long count(String table) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
