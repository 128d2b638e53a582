package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.query.deadletters.DeadLetters;
import org.gsef.governance.query.membership.MembershipApplicationProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A projection that fails on an event, on PostgreSQL: the event goes to the processor's dead-letter queue with the
 * later events of the same application behind it, every other event is still projected, the queue is listed, counted
 * and exported as a metric, and a retry once the cause is gone applies the letters in order and empties the queue.
 */
@SingleNodeOnPostgres(properties = "gsef.metrics.refresh=1h")
class DeadLetterIT {

    static final String PROCESSOR = MembershipApplicationProjection.PROCESSOR;

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Autowired
    DeadLetters deadLetters;

    @Test
    void a_poison_event_waits_in_the_queue_without_stopping_the_others_and_is_applied_on_retry() throws SQLException {
        // The fault: the read model refuses one organisation's rows, as a projection bug or a bad migration would.
        sql("""
                CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.organisation_name LIKE 'Poison%' THEN
                        RAISE EXCEPTION 'refused by the fault injected into the test: %', NEW.organisation_name;
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER refuse_poison BEFORE INSERT OR UPDATE ON membership_application_view
                    FOR EACH ROW EXECUTE FUNCTION refuse_poison()""");
        Api secretariat = new Api(port).as("secretariat");
        String poisoned =
                id(secretariat.post(Applications.PATH, Applications.submission("Poison Coop", "FR", "Lille")));
        assertThat(secretariat
                        .post(
                                Applications.PATH + "/" + poisoned + "/return",
                                "{\"reason\": \"the statutes are missing\"}")
                        .status())
                .isEqualTo(202);
        String healthy =
                id(secretariat.post(Applications.PATH, Applications.submission("Ville de Nantes", "FR", "Nantes")));

        // The healthy application is projected; the poisoned one's two events wait, in order, with their cause.
        Eventually.await(
                () -> secretariat.get(Applications.PATH + "/" + healthy).status(), status -> status == 200);
        Api auditor = new Api(port).as("auditor");
        JsonNode letters = Eventually.await(
                () -> auditor.get("/api/dead-letters?processor=" + PROCESSOR).json(), json -> json.size() == 2);
        assertThat(letters.get(0).get("sequence").asText()).isEqualTo(poisoned);
        assertThat(letters.get(0).get("eventType").asText()).endsWith("MembershipApplicationSubmitted");
        assertThat(letters.get(0).get("causeMessage").asText()).contains("refused by the fault injected");
        assertThat(letters.get(1).get("sequence").asText()).isEqualTo(poisoned);
        assertThat(letters.get(1).get("index").asLong())
                .isGreaterThan(letters.get(0).get("index").asLong());
        assertThat(letters.get(1).get("eventType").asText()).endsWith("ReturnedForInformation");
        assertThat(letters.get(0).get("globalIndex").asLong())
                .isLessThan(letters.get(1).get("globalIndex").asLong());
        assertThat(secretariat.get(Applications.PATH + "/" + poisoned).status()).isEqualTo(404);
        assertThat(auditor.get("/api/dead-letters/counts").json().get(PROCESSOR).asLong())
                .isEqualTo(2);
        assertThat(auditor.get("/api/dead-letters/counts").json().get("members").asLong())
                .isZero();
        // Other read models took the same events.
        assertThat(auditor.get("/api/audit/entities/" + poisoned).status()).isEqualTo(200);
        deadLetters.refresh();
        assertThat(scrape())
                .contains("gsef_dead_letters{application=\"gsef-governance\",processor=\"" + PROCESSOR + "\"} 2.0");

        // A retry while the cause remains changes nothing but the letters' cause; only the Secretariat retries.
        assertThat(auditor.post("/api/dead-letters/retries", "{\"processor\": \"" + PROCESSOR + "\"}")
                        .status())
                .isEqualTo(403);
        JsonNode again = secretariat
                .post("/api/dead-letters/retries", "{\"processor\": \"" + PROCESSOR + "\"}")
                .json();
        assertThat(again.get("sequencesStillFailing").asInt()).isEqualTo(1);
        assertThat(again.get("lettersLeft").asLong()).isEqualTo(2);
        assertThat(secretariat
                        .post("/api/dead-letters/retries", "{\"processor\": \"nonesuch\"}")
                        .status())
                .isEqualTo(400);

        // Mended: the retry applies both events in order and empties the queue.
        sql("DROP TRIGGER refuse_poison ON membership_application_view");
        JsonNode retried = secretariat
                .post("/api/dead-letters/retries", "{\"processor\": \"" + PROCESSOR + "\"}")
                .json();
        assertThat(retried.get("sequencesApplied").asInt()).isEqualTo(1);
        assertThat(retried.get("lettersLeft").asLong()).isZero();
        Api.Response application = secretariat.get(Applications.PATH + "/" + poisoned);
        assertThat(application.status()).isEqualTo(200);
        assertThat(application.json().get("status").asText()).isEqualTo("RETURNED_FOR_INFORMATION");
        assertThat(auditor.get("/api/dead-letters").json()).isEmpty();
        assertThat(scrape())
                .contains("gsef_dead_letters{application=\"gsef-governance\",processor=\"" + PROCESSOR + "\"} 0.0");

        // New events of that application are projected directly again.
        assertThat(secretariat
                        .post(
                                Applications.PATH + "/" + poisoned + "/resubmission",
                                Applications.submission("Poison Coop", "FR", "Lille"))
                        .status())
                .isEqualTo(202);
        Eventually.await(
                () -> secretariat
                        .get(Applications.PATH + "/" + poisoned)
                        .json()
                        .get("status")
                        .asText(),
                status -> status.equals("SUBMITTED"));
    }

    private String scrape() {
        return new Api(port).as("operator").get("/actuator/prometheus").body();
    }

    private static String id(Api.Response created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
