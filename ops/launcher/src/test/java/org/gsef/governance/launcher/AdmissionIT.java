package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;
import static org.gsef.governance.launcher.Governance.vote;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.platform.testing.PostgresTestDatabase.StoredEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admissions through the real REST API of the single-node run on PostgreSQL, by the people who do them. */
@SingleNodeOnPostgres
class AdmissionIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    Api api;

    @BeforeEach
    void committee() {
        api = new Api(port);
        Governance.establishCommittee(api);
    }

    @Test
    void an_application_goes_from_submission_to_member_and_the_decision_is_explained_by_its_events() throws Exception {
        Api secretariat = api.as("secretariat");
        String sponsor =
                secretariat.post("/api/members/imports", """
                        {"organisationName": "Locality", "kind": "NATIONAL_SSE_NETWORK", "country": "GB",
                         "region": "EUROPE", "preferredLanguage": "ENGLISH", "source": "2019 member list"}""").json().get("id").asString();
        expect(201, secretariat.post("/api/committee/seats", """
                {"seat": "locality", "organisationName": "Locality", "memberId": "%s", "office": "REGIONAL_NETWORK"}""".formatted(sponsor)));

        String id = Governance.submitted(secretariat, """
                {"organisationName": "Liverpool City Region", "kind": "LOCAL_GOVERNMENT", "country": "GB",
                 "region": "EUROPE", "city": "Liverpool", "preferredLanguage": "ENGLISH", "sponsorMemberId": "%s",
                 "contact": {"name": "Jo Example", "email": "jo@example.org"}}""".formatted(sponsor));
        String path = Applications.PATH + "/" + id;
        expect(202, secretariat.post(path + "/return", "{\"reason\": \"Please send the council resolution\"}"));
        expect(
                202,
                secretariat.post(
                        path + "/resubmission", Applications.submission("Liverpool City Region", "GB", "Liverpool")));
        expect(202, secretariat.post(path + "/review", ""));

        String meeting = secretariat.post("/api/meetings", """
                        {"title": "Steering Committee conference call", "startsOn": "2019-04-25", "endsOn": "2019-04-26",
                         "format": "ONLINE", "location": "Online", "agenda": ["Admission of members"]}""").json().get("id").asString();
        for (String seat : List.of("seoul-city", "bilbao-city", "ripess", "avpn")) {
            expect(
                    202,
                    secretariat.send("PUT", "/api/meetings/" + meeting + "/attendance/" + seat, "{\"present\": true}"));
        }
        expect(202, api.as("apay").post("/api/meetings/" + meeting + "/proxies", """
                {"fromSeat": "apay", "toSeat": "avpn"}"""));

        Api.Response opened = api.as("chair").post(path + "/ballot", """
                {"procedure": "AT_MEETING", "meetingId": "%s"}""".formatted(meeting));
        expect(201, opened);
        String ballot = opened.json().get("id").asString();

        expect(202, vote(api, "chair", ballot, "seoul-city", "YES"));
        expect(202, vote(api, "bilbao-city", ballot, "bilbao-city", "NO"));
        expect(202, vote(api, "bilbao-city", ballot, "bilbao-city", "YES"));
        expect(202, vote(api, "ripess", ballot, "ripess", "NO"));
        expect(202, vote(api, "avpn", ballot, "avpn", "YES"));
        expect(202, vote(api, "avpn", ballot, "apay", "ABSTAIN"));
        Api.Response recused = vote(api, "locality", ballot, "locality", "YES");
        assertThat(recused.status()).as("the sponsor's seat is recused").isEqualTo(403);
        assertThat(recused.json().get("code").asString()).isEqualTo("forbidden.recused");
        expect(403, api.as("ripess").post("/api/ballots/" + ballot + "/closing", ""));
        expect(202, api.as("chair").post("/api/ballots/" + ballot + "/closing", ""));
        Api.Response late = vote(api, "ripess", ballot, "ripess", "YES");
        assertThat(late.status()).isEqualTo(409);

        Api auditor = api.as("auditor");
        JsonNode application = Eventually.await(
                        () -> auditor.get(path),
                        r -> r.json().get("status").asString().equals("ADMITTED"))
                .json();
        String member = application.get("memberId").asString();
        JsonNode registered = Eventually.await(() -> auditor.get("/api/members/" + member), r -> r.status() == 200)
                .json();
        assertThat(registered.get("organisationName").asString()).isEqualTo("Liverpool City Region");
        assertThat(registered.get("origin").asString()).isEqualTo("ADMISSION");
        assertThat(registered.get("ballotId").asString()).isEqualTo(ballot);

        JsonNode result = Eventually.await(
                        () -> auditor.get("/api/ballots/" + ballot),
                        r -> r.json().get("refusedAttempts").asInt() == 2)
                .json();
        assertThat(result.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(result.get("tally").toString()).isEqualTo("{\"yes\":3,\"no\":1,\"abstain\":1}");
        assertThat(result.get("quorumRequired").asInt()).isEqualTo(3);
        assertThat(result.get("quorumReached").asInt()).isEqualTo(5);
        assertThat(result.get("recused").toString()).isEqualTo("[\"locality\"]");
        assertThat(secretariat.get(path).json().get("contact").get("email").asString())
                .isEqualTo("jo@example.org");
        assertThat(auditor.get(path).json().get("contact").isNull())
                .as("the contact is for the Secretariat")
                .isTrue();

        explainFromEvents(ballot);
    }

    /** Recounts the ballot from its events alone and finds the recorded result, rule and quorum. */
    private void explainFromEvents(String ballot) throws SQLException {
        List<StoredEvent> events = database.events(ballot);
        JsonNode opened = JSON.readTree(events.getFirst().payload());
        assertThat(events.getFirst().payloadType()).endsWith("BallotOpened");
        assertThat(opened.get("rule").get("majority").asString()).isEqualTo("SIMPLE_MAJORITY_OF_VOTES_CAST");
        assertThat(opened.get("electorate").size()).isEqualTo(5);
        assertThat(opened.get("present").size()).isEqualTo(5);
        assertThat(opened.get("proxies").get("apay").asString()).isEqualTo("avpn");

        Map<String, String> votes = new HashMap<>();
        List<String> who = new ArrayList<>();
        for (StoredEvent event : events) {
            JsonNode payload = JSON.readTree(event.payload());
            if (event.payloadType().endsWith("VoteCast") || event.payloadType().endsWith("VoteChanged")) {
                votes.put(payload.get("seat").asString(), payload.get("choice").asString());
                who.add(JSON.readTree(event.metaData()).get("actorId").asString() + ":"
                        + payload.get("seat").asString());
            }
        }
        assertThat(who).contains("avpn:apay", "bilbao-city:bilbao-city");
        StoredEvent closing = events.stream()
                .filter(event -> event.payloadType().endsWith("BallotClosed"))
                .findFirst()
                .orElseThrow();
        JsonNode closed = JSON.readTree(closing.payload());
        assertThat(closed.get("tally").get("yes").asInt()).isEqualTo(count(votes, "YES"));
        assertThat(closed.get("tally").get("no").asInt()).isEqualTo(count(votes, "NO"));
        assertThat(closed.get("tally").get("abstain").asInt()).isEqualTo(count(votes, "ABSTAIN"));
        assertThat(closed.get("quorumRequired").asInt())
                .isEqualTo(opened.get("electorate").size() / 2 + 1);
        assertThat(closed.get("quorumReached").asInt())
                .isEqualTo(opened.get("present").size());
        assertThat(closed.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(closed.get("closedBy").asString()).isEqualTo("CHAIR");
        assertThat(JSON.readTree(closing.metaData()).get("actorId").asString()).isEqualTo("chair");
        assertThat(events).anySatisfy(event -> assertThat(event.payloadType()).endsWith("VoteRefused"));
    }

    private static int count(Map<String, String> votes, String choice) {
        return (int) votes.values().stream().filter(choice::equals).count();
    }

    @Test
    void fifty_concurrent_attempts_by_one_seat_leave_exactly_one_vote_in_the_store() throws Exception {
        String application = Governance.reviewedApplication(api, "Ville de Dakar", "SN", "Dakar");
        String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        int attempts = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return vote(api, "ripess", ballot, "ripess", "YES").status();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isIn(202, 409);
            }
        }
        assertThat(countEvents(ballot, "%VoteCast")).isEqualTo(1);
        assertThat(countEvents(ballot, "%VoteChanged")).isZero();
    }

    @Test
    void a_stale_if_match_is_refused_with_409_instead_of_overwriting() {
        String id = Governance.submitted(api.as("secretariat"), Applications.submission("Ville de Lyon", "FR", "Lyon"));
        String path = Applications.PATH + "/" + id;
        Api.Response read = Eventually.await(() -> api.as("secretariat").get(path), r -> r.status() == 200);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        Api.Response first = api.as("secretariat").withHeader("If-Match", etag).post(path + "/review", "");
        assertThat(first.status()).isEqualTo(202);
        Api.Response second = api.as("secretariat")
                .withHeader("If-Match", etag)
                .post(path + "/return", "{\"reason\": \"missing statutes\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("concurrent-change");
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_same_and_records_once() {
        Api secretariat = api.as("secretariat").withHeader("Idempotency-Key", "submit-marseille-1");
        String json = Applications.submission("Ville de Marseille", "FR", "Marseille");
        Api.Response first = secretariat.post(Applications.PATH, json);
        Api.Response retry = secretariat.post(Applications.PATH, json);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(countEvents(first.json().get("id").asString(), "%Submitted")).isEqualTo(1);
        Api.Response misuse = secretariat.post(
                Applications.PATH + "/" + first.json().get("id").asString() + "/review", "");
        assertThat(misuse.status()).as("the key belongs to another request").isEqualTo(422);
        assertThat(misuse.json().get("code").asString()).isEqualTo("rule.idempotency-key-reused");
    }

    @Test
    void malformed_requests_get_problem_details_in_the_callers_language_and_store_nothing() {
        Api secretariat = api.as("secretariat").inLanguage("fr");
        Api.Response brokenJson = secretariat.post(Applications.PATH, "{\"organisationName\": ");
        assertThat(brokenJson.status()).isEqualTo(400);
        assertThat(brokenJson.json().get("title").asString()).isEqualTo("Corps de requête illisible");
        Api.Response unknownCountry =
                secretariat.post(Applications.PATH, Applications.submission("Nowhere", "XX", "X"));
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.json().get("title").asString()).isEqualTo("Requête invalide");
        Api.Response unknownKind = secretariat.post(
                Applications.PATH,
                Applications.submission("Seoul", "KR", "Seoul").replace("LOCAL_GOVERNMENT", "EMPIRE"));
        assertThat(unknownKind.status()).isEqualTo(400);
        Api.Response wrongType = secretariat.post(Applications.PATH, "text/plain", "hello");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(secretariat
                        .post(Applications.PATH + "/6f0a2a55-7d0e-4a51-9d43-64d1f1a3c0ff/review", "")
                        .status())
                .isEqualTo(404);
        Api.Response notAnId = secretariat.get(Applications.PATH + "/not-a-uuid");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.body()).doesNotContain("Exception").doesNotContain("at org.");
        Api.Response badVote = api.as("ripess")
                .post(
                        "/api/ballots/" + java.util.UUID.randomUUID() + "/votes",
                        "{\"seat\": \"ripess\", \"choice\": \"MAYBE\"}");
        assertThat(badVote.status()).isEqualTo(400);
        assertThat(countEvents("%", "%Nowhere%")).isZero();
    }

    private int countEvents(String aggregate, String payloadType) {
        return database.countEvents(aggregate, payloadType);
    }
}
