package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The thin slice through the real REST API of the single-node run, on PostgreSQL. */
@SpringBootTest(classes = GsefGovernance.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MembershipSliceIT {

    static final PostgresTestDatabase database = PostgresTestDatabase.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void an_application_is_submitted_voted_on_and_admitted_by_majority() {
        Api api = new Api(port).as("secretariat");
        Api.Response submitted =
                api.post(Applications.PATH, Applications.submission("Liverpool City Region", "GB", "Liverpool"));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("applicationId").asString();
        String path = Applications.PATH + "/" + id;

        for (String[] vote :
                new String[][] {{"seoul-city", "YES"}, {"bilbao-city", "YES"}, {"ripess", "NO"}, {"avpn", "ABSTAIN"}}) {
            Api.Response cast = new Api(port).as(vote[0]).post(path + "/votes", Applications.vote(vote[0], vote[1]));
            assertThat(cast.status()).as(cast.toString()).isEqualTo(202);
        }

        JsonNode voting = Eventually.await(
                        () -> api.get(path),
                        r -> r.status() == 200 && r.json().get("votes").size() == 4)
                .json();
        assertThat(voting.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(voting.get("tally").toString()).isEqualTo("{\"yes\":2,\"no\":1,\"abstain\":1}");

        assertThat(new Api(port).as("chair").post(path + "/decision", "").status())
                .isEqualTo(202);
        JsonNode decided = Eventually.await(
                        () -> api.get(path),
                        r -> !r.json().get("status").asString().equals("SUBMITTED"))
                .json();
        assertThat(decided.get("status").asString()).isEqualTo("ADMITTED");
        assertThat(decided.get("decisionRule").asString()).isEqualTo("simple-majority-of-votes-cast");

        Api.Response late =
                new Api(port).as("apay").inLanguage("es").post(path + "/votes", Applications.vote("apay", "NO"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("title").asString()).isEqualTo("Solicitud ya decidida");
    }

    @Test
    void fifty_concurrent_votes_from_one_seat_leave_exactly_one_vote_in_the_store() throws Exception {
        Api api = new Api(port).as("mexico-city");
        String id = new Api(port)
                .as("secretariat")
                .post(Applications.PATH, Applications.submission("Ville de Dakar", "SN", "Dakar"))
                .json()
                .get("applicationId")
                .asString();
        String votes = Applications.PATH + "/" + id + "/votes";

        int attempts = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                String choice = i % 2 == 0 ? "YES" : "NO";
                statuses.add(pool.submit(() -> {
                    start.await();
                    return api.post(votes, Applications.vote("mexico-city", choice))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(202, 409);
            assertThat(results.stream().filter(s -> s == 202)).hasSize(1);
        }

        try (Connection connection = database.connect();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")) {
            count.setString(1, id);
            count.setString(2, "%AdmissionVoteCast");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void malformed_requests_get_problem_details_in_the_callers_language_and_store_nothing() {
        Api api = new Api(port).as("secretariat").inLanguage("fr");
        Api.Response brokenJson = api.post(Applications.PATH, "{\"organisationName\": ");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().get("title").asString()).isEqualTo("Corps de requête illisible");

        Api.Response unknownCountry = api.post(Applications.PATH, Applications.submission("Nowhere", "XX", "Nowhere"));
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.json().get("title").asString()).isEqualTo("Requête invalide");

        Api.Response unknownKind = api.post(
                Applications.PATH,
                Applications.submission("Seoul", "KR", "Seoul").replace("LOCAL_GOVERNMENT", "EMPIRE"));
        assertThat(unknownKind.status()).isEqualTo(400);

        Api.Response wrongType = api.post(Applications.PATH, "text/plain", "hello");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");

        Api.Response unknownApplication =
                api.post(Applications.PATH + "/6f0a2a55-7d0e-4a51-9d43-64d1f1a3c0ff/decision", "");
        assertThat(unknownApplication.status()).isEqualTo(404);

        Api.Response notAnId = api.get(Applications.PATH + "/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.body()).doesNotContain("Exception").doesNotContain("at org.");

        try (Connection connection = database.connect();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM domain_event_entry WHERE payload LIKE ? OR payload LIKE ?")) {
            count.setBytes(1, "%Nowhere%".getBytes());
            count.setBytes(2, "%EMPIRE%".getBytes());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
