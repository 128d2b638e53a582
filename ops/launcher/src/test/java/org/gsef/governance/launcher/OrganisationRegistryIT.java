package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsef.governance.launcher.Governance.expect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gsef.governance.command.membership.OrganisationKey;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.gsef.governance.platform.testing.PostgresTestDatabase.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One organisation, one membership, through the HTTP API on PostgreSQL over the 2019 seed (the City of Bamako is a
 * member and holds a Committee seat): members and applications in progress are not applied for again, under any
 * spelling, not even by two requests at once or by another process; the Secretariat records a namesake's distinctness;
 * a sponsor is an active member; a store from before the registry gets it filled on start.
 */
@SingleNodeOnPostgres(properties = "gsef.seed.load-on-start=true")
class OrganisationRegistryIT {

    static final String BAMAKO_MEMBER = seedMember("bamako-city");

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    static String seedMember(String key) {
        return UUID.nameUUIDFromBytes(("gsef-seed:member:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String localGovernment(String name, String country, String region, String city) {
        return """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "%s", "region": "%s",
                 "city": "%s", "preferredLanguage": "FRENCH"}""".formatted(name, country, region, city);
    }

    static String bamako(String name) {
        return localGovernment(name, "ML", "AFRICA", "Bamako");
    }

    /** A submission with one more field, such as a sponsor or a statement of distinctness. */
    static String with(String json, String fields) {
        return json.substring(0, json.lastIndexOf('}')) + ", " + fields + "}";
    }

    static void expectRefusal(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    @Test
    void the_city_of_bamako_a_member_applying_again_is_refused_naming_the_member_it_is() {
        Api secretariat = new Api(port).as("secretariat");
        for (String name : List.of("Ville de Bamako", "City of Bamako", "BAMAKO", "Mairie de Bamako")) {
            Api.Response refused = secretariat.post(Applications.PATH, bamako(name));
            expectRefusal(refused, 409, "rule.organisation-already-member");
            assertThat(refused.json().get("existingRecordId").asString()).isEqualTo(BAMAKO_MEMBER);
            assertThat(refused.json().get("existingRecordKind").asString()).isEqualTo("MEMBER");
            assertThat(refused.json().get("detail").asString()).contains(BAMAKO_MEMBER);
        }
        Api.Response inFrench = secretariat.inLanguage("fr").post(Applications.PATH, bamako("Ville de Bamako"));
        assertThat(inFrench.json().get("title").asString()).isEqualTo("Déjà membre");
        assertThat(inFrench.json().get("detail").asString()).startsWith("Ville de Bamako est déjà membre du GSEF");
        assertThat(secretariat
                        .inLanguage("es")
                        .post(Applications.PATH, bamako("Ciudad de Bamako"))
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Ya es miembro");

        Api.Response imported = secretariat.post(
                "/api/members/imports", with(bamako("City of Bamako"), "\"source\": \"a second member list\""));
        expectRefusal(imported, 409, "rule.organisation-already-member");
        assertThat(imported.json().get("existingRecordId").asString()).isEqualTo(BAMAKO_MEMBER);
        assertThat(countEvents("%MembershipApplicationSubmitted", "%Bamako%")).isZero();
        assertThat(countEvents("%MemberImported", "%Bamako%")).isEqualTo(1);
    }

    @Test
    void two_identical_submissions_at_once_make_one_application_and_one_refusal() throws Exception {
        for (String city : List.of("Lyon", "Nantes", "Lille", "Rennes", "Nancy")) {
            String json = localGovernment("Ville de " + city, "FR", "EUROPE", city);
            List<Api.Response> answers =
                    concurrently(2, () -> new Api(port).as("secretariat").post(Applications.PATH, json));
            assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
            Api.Response created =
                    answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            Api.Response refused =
                    answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            expectRefusal(refused, 409, "rule.organisation-application-in-progress");
            assertThat(refused.json().get("existingRecordId").asString())
                    .isEqualTo(created.json().get("id").asString());
            assertThat(countEvents("%MembershipApplicationSubmitted", "%Ville de " + city + "%"))
                    .as(city)
                    .isEqualTo(1);
        }
    }

    @Test
    void a_claim_that_another_process_is_committing_wins_and_the_submission_waiting_for_it_is_refused()
            throws Exception {
        Organisation marseille = new Organisation(
                "Ville de Marseille",
                OrganisationKind.LOCAL_GOVERNMENT,
                "FR",
                Region.EUROPE,
                "Marseille",
                OfficialLanguage.FRENCH);
        String key = OrganisationKey.of(marseille).value();
        UUID other = UUID.randomUUID();
        try (Connection otherProcess = database.connect()) {
            otherProcess.setAutoCommit(false);
            try (PreparedStatement claim = otherProcess.prepareStatement("""
                    INSERT INTO organisation_registry
                           (claim_key, organisation_key, record_id, record_kind, organisation_name)
                    VALUES (?, ?, ?, 'APPLICATION', 'Ville de Marseille')""")) {
                claim.setString(1, key);
                claim.setString(2, key);
                claim.setObject(3, other);
                claim.executeUpdate();
            }
            CompletableFuture<Api.Response> submission = CompletableFuture.supplyAsync(() -> new Api(port)
                    .as("secretariat")
                    .post(Applications.PATH, localGovernment("City of Marseille", "FR", "EUROPE", "Marseille")));
            Thread.sleep(1500);
            assertThat(submission)
                    .as("the submission waits for the other claim's transaction")
                    .isNotDone();
            otherProcess.commit();
            Api.Response refused = submission.get(20, TimeUnit.SECONDS);
            expectRefusal(refused, 409, "rule.organisation-application-in-progress");
            assertThat(refused.json().get("existingRecordId").asString()).isEqualTo(other.toString());
        }
        assertThat(countEvents("%MembershipApplicationSubmitted", "%Marseille%"))
                .as("the refused submission's events were rolled back with it")
                .isZero();
    }

    @Test
    void an_applicant_is_refused_a_second_application_and_once_admitted_applies_as_a_member() {
        Api secretariat = new Api(port).as("secretariat");
        String medellin = """
                {"organisationName": "Alcaldía de Medellín", "kind": "LOCAL_GOVERNMENT", "country": "CO",
                 "region": "LATIN_AMERICA_AND_CARIBBEAN", "city": "Medellín", "preferredLanguage": "SPANISH"}""";
        String application = Governance.submitted(secretariat, medellin);
        Api.Response again =
                secretariat.post(Applications.PATH, medellin.replace("Alcaldía de Medellín", "Ciudad de Medellin"));
        expectRefusal(again, 409, "rule.organisation-application-in-progress");
        assertThat(again.json().get("existingRecordId").asString()).isEqualTo(application);

        expect(202, secretariat.post(Applications.PATH + "/" + application + "/review", ""));
        String ballot = Governance.writtenAdmissionBallot(new Api(port), application, Governance.writtenDeadline());
        for (String seat : List.of(
                "seoul-city", "seoul-sse-network", "mexico-city", "montreal-city", "bilbao-city", "ripess", "avpn")) {
            Governance.appoint(new Api(port), seat, Governance.delegateOf(seat));
            expect(202, Governance.vote(new Api(port), Governance.delegateOf(seat), ballot, seat, "YES"));
        }
        expect(202, new Api(port).as("chair").post("/api/ballots/" + ballot + "/closing", ""));
        String member = Eventually.await(
                        () -> secretariat.get(Applications.PATH + "/" + application),
                        r -> r.status() == 200
                                && r.json().get("status").asString().equals("ADMITTED"))
                .json()
                .get("memberId")
                .asString();

        Api.Response asMember = secretariat.post(Applications.PATH, medellin);
        expectRefusal(asMember, 409, "rule.organisation-already-member");
        assertThat(asMember.json().get("existingRecordId").asString()).isEqualTo(member);
    }

    @Test
    void a_sponsor_is_an_active_member() {
        Api secretariat = new Api(port).as("secretariat");
        String unknown = UUID.randomUUID().toString();
        Api.Response refused = secretariat.post(
                Applications.PATH,
                with(
                        localGovernment("Ville de Toulouse", "FR", "EUROPE", "Toulouse"),
                        "\"sponsorMemberId\": \"" + unknown + "\""));
        expectRefusal(refused, 409, "rule.sponsor-not-active-member");
        assertThat(refused.json().get("sponsorMemberId").asString()).isEqualTo(unknown);
        assertThat(refused.json().get("detail").asString()).contains(unknown);

        String application =
                Governance.submitted(secretariat, localGovernment("Ville de Brest", "FR", "EUROPE", "Brest"));
        expectRefusal(
                secretariat.post(
                        Applications.PATH,
                        with(
                                localGovernment("Ville de Toulouse", "FR", "EUROPE", "Toulouse"),
                                "\"sponsorMemberId\": \"" + application + "\"")),
                409,
                "rule.sponsor-not-active-member");

        String locality = seedMember("locality");
        Governance.submitted(
                secretariat,
                with(
                        localGovernment("Ville de Toulouse", "FR", "EUROPE", "Toulouse"),
                        "\"sponsorMemberId\": \"" + locality + "\""));

        String ifsse = seedMember("ifsse");
        expect(202, secretariat.post("/api/members/" + ifsse + "/suspension", """
                {"reason": "dues unpaid", "effectiveOn": "2019-09-01"}"""));
        expectRefusal(
                secretariat.post(
                        Applications.PATH,
                        with(
                                localGovernment("Ville de Dijon", "FR", "EUROPE", "Dijon"),
                                "\"sponsorMemberId\": \"" + ifsse + "\"")),
                409,
                "rule.sponsor-not-active-member");
    }

    @Test
    void the_secretariat_alone_lets_a_namesake_apply_by_a_recorded_statement_naming_the_member() throws SQLException {
        String why = "The Bamako district council (Conseil de cercle), a legal person apart from the city";
        String stated = with(
                bamako("Ville de Bamako"),
                "\"distinctFrom\": \"%s\", \"distinctnessStatement\": \"%s\"".formatted(BAMAKO_MEMBER, why));

        expectRefusal(
                new Api(port).as("liverpool").post(Applications.PATH, stated),
                403,
                "forbidden.distinctness-by-secretariat-only");
        Api secretariat = new Api(port).as("secretariat");
        Api.Response wrongRecord =
                secretariat.post(Applications.PATH, stated.replace(BAMAKO_MEMBER, seedMember("seoul-city")));
        expectRefusal(wrongRecord, 409, "rule.distinct-from-another-record");
        assertThat(wrongRecord.json().get("existingRecordId").asString()).isEqualTo(BAMAKO_MEMBER);
        expectRefusal(
                secretariat.post(Applications.PATH, stated.replace("Bamako", "Kati")),
                409,
                "rule.distinct-from-no-similar-record");
        expectRefusal(
                secretariat.post(
                        Applications.PATH,
                        with(bamako("Ville de Bamako"), "\"distinctFrom\": \"" + BAMAKO_MEMBER + "\"")),
                400,
                "invalid-request");

        String application = Governance.submitted(secretariat, stated);
        List<StoredEvent> events = database.events(application);
        assertThat(events)
                .extracting(event ->
                        event.payloadType().substring(event.payloadType().lastIndexOf('$') + 1))
                .containsExactly("MembershipApplicationSubmitted", "OrganisationDistinctnessStated");
        assertThat(events.get(1).payload()).contains(BAMAKO_MEMBER, why);
        Eventually.await(
                () -> secretariat.get(Applications.PATH + "/" + application),
                r -> r.status() == 200 && "\"1\"".equals(r.header("ETag")));

        Api.Response third = secretariat.post(Applications.PATH, bamako("City of Bamako"));
        expectRefusal(third, 409, "rule.organisation-already-member");
        assertThat(third.json().get("existingRecordId").asString())
                .as("the member holds the name; a namesake holds it beside")
                .isEqualTo(BAMAKO_MEMBER);
    }

    @Test
    void an_embedded_store_from_before_the_registry_gets_it_filled_on_start(@TempDir Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir + "/gsef";
        String[] arguments = {
            "--gsef.data-dir=" + dataDir,
            "--spring.datasource.url=" + url,
            "--gsef.demo.accounts=true",
            "--server.address=127.0.0.1"
        };
        String lyon;
        try (RunningApplication before = RunningApplication.start(GsefGovernance.class, "before", arguments)) {
            Api secretariat = before.api().as("secretariat");
            lyon = Governance.submitted(secretariat, localGovernment("Ville de Lyon", "FR", "EUROPE", "Lyon"));
            Governance.submitted(secretariat, localGovernment("Ville de Nice", "FR", "EUROPE", "Nice"));
        }
        try (Connection store = DriverManager.getConnection(url, "sa", "");
                Statement sql = store.createStatement()) {
            sql.execute("DROP TABLE organisation_registry");
            sql.execute("DROP TABLE organisation_registry_fill");
            sql.execute("ALTER TABLE command_idempotency DROP COLUMN request_fingerprint");
            // V9 (wrapped personal-data keys) undone too, its keys with it: they cannot go back to their plain form
            sql.execute("DROP TABLE personal_data_erasure");
            sql.execute("DELETE FROM personal_data_key");
            sql.execute("ALTER TABLE personal_data_key DROP COLUMN kek_id");
            sql.execute("ALTER TABLE personal_data_key ALTER COLUMN wrapped_key RENAME TO secret");
            sql.execute("ALTER TABLE personal_data_key ALTER COLUMN secret SET NULL");
            sql.execute("ALTER TABLE personal_data_key ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE");
            // V8 (revoked tokens) too, which Flyway would otherwise find applied after the migrations taken back
            sql.execute("DROP TABLE revoked_token");
            // and V11 (notifications), V12 (notification failures)
            for (String table : List.of(
                    "notification_failure",
                    "notification_dead_letter",
                    "notification_outbox",
                    "notification_preference",
                    "notification_language",
                    "notification_seat",
                    "notification_ballot",
                    "notification_ballot_vote",
                    "notification_application",
                    "notification_meeting")) {
                sql.execute("DROP TABLE " + table);
            }
            // and V13 (documents)
            for (String table : List.of("document_attachment", "document_chunk", "document_content")) {
                sql.execute("DROP TABLE " + table);
            }
            sql.execute(
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8', '9', '11', '12', '13')");
        }
        try (RunningApplication after = RunningApplication.start(GsefGovernance.class, "after", arguments)) {
            Api.Response again = after.api()
                    .as("secretariat")
                    .post(Applications.PATH, localGovernment("Lyon", "FR", "EUROPE", "Lyon"));
            expectRefusal(again, 409, "rule.organisation-application-in-progress");
            assertThat(again.json().get("existingRecordId").asString()).isEqualTo(lyon);
        }
        try (Connection store = DriverManager.getConnection(url, "sa", "");
                Statement sql = store.createStatement();
                ResultSet fill = sql.executeQuery("SELECT filled_at, events_read FROM organisation_registry_fill")) {
            fill.next();
            assertThat(fill.getObject(1)).isNotNull();
            assertThat(fill.getLong(2)).isEqualTo(2);
        }
    }

    private static List<Api.Response> concurrently(int requests, java.util.concurrent.Callable<Api.Response> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return responses;
        }
    }

    private int countEvents(String payloadType, String payload) {
        try (Connection connection = database.connect();
                PreparedStatement count =
                        connection.prepareStatement("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?"
                                + " AND convert_from(payload, 'UTF8') LIKE ?")) {
            count.setString(1, payloadType);
            count.setString(2, payload);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
