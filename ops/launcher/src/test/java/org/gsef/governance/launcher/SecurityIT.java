package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who may do what: every endpoint against every role, and every way a token can be wrong. */
@SingleNodeOnPostgres
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    /** The people of the matrix: the public (no credentials) and one demo account per role. */
    static final Map<String, String> PEOPLE = Map.of(
            "public", "",
            "secretariat", "secretariat",
            "delegate", "bilbao-city",
            "chair", "chair",
            "auditor", "auditor",
            "member", "liverpool",
            "operator", "operator");

    enum Endpoint {
        SUBMIT,
        OPEN_BALLOT,
        VOTE_FOR_OWN_SEAT_OF_BILBAO,
        CLOSE_BALLOT,
        LIST_APPLICATIONS,
        READ_APPLICATION,
        READ_BALLOT,
        ISSUE_TOKEN,
        HEALTH,
        METRICS
    }

    static Stream<Arguments> matrix() {
        // expected statuses:       public secretariat delegate chair auditor member operator
        Map<Endpoint, int[]> expected = Map.of(
                Endpoint.SUBMIT, new int[] {401, 201, 403, 403, 403, 201, 403},
                Endpoint.OPEN_BALLOT, new int[] {401, 201, 403, 201, 403, 403, 403},
                Endpoint.VOTE_FOR_OWN_SEAT_OF_BILBAO, new int[] {401, 403, 202, 403, 403, 403, 403},
                Endpoint.CLOSE_BALLOT, new int[] {401, 202, 403, 202, 403, 403, 403},
                Endpoint.LIST_APPLICATIONS, new int[] {401, 200, 200, 200, 200, 200, 403},
                Endpoint.READ_APPLICATION, new int[] {401, 200, 200, 200, 200, 404, 403},
                Endpoint.READ_BALLOT, new int[] {401, 200, 200, 200, 200, 403, 403},
                Endpoint.ISSUE_TOKEN, new int[] {401, 200, 200, 200, 200, 200, 200},
                Endpoint.HEALTH, new int[] {200, 200, 200, 200, 200, 200, 200},
                Endpoint.METRICS, new int[] {401, 403, 403, 403, 200, 403, 200});
        String[] who = {"public", "secretariat", "delegate", "chair", "auditor", "member", "operator"};
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((endpoint, statuses) -> {
            for (int i = 0; i < who.length; i++) {
                cases.add(Arguments.of(endpoint, who[i], statuses[i]));
            }
        });
        return cases.stream();
    }

    @BeforeEach
    void committee() {
        Governance.establishCommittee(new Api(port));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void every_endpoint_answers_every_role_as_designed(Endpoint endpoint, String person, int expected) {
        Api api = person.equals("public") ? new Api(port) : new Api(port).as(PEOPLE.get(person));
        Api.Response response = switch (endpoint) {
            case SUBMIT ->
                api.post(
                        Applications.PATH,
                        Applications.submission(Applications.unique("Ville de Paris"), "FR", "Paris"));
            case OPEN_BALLOT -> api.post("/api/ballots", """
                    {"type": "RESOLUTION", "title": "Adopt the 2019 budget", "procedure": "WRITTEN",
                     "closesAt": "%s"}""".formatted(Governance.writtenDeadline()));
            case VOTE_FOR_OWN_SEAT_OF_BILBAO -> api.post(ballot() + "/votes", Applications.vote("bilbao-city", "YES"));
            case CLOSE_BALLOT -> api.post(settledBallot() + "/closing", "");
            case LIST_APPLICATIONS -> api.get(Applications.PATH);
            case READ_APPLICATION -> api.get(visibleApplication());
            case READ_BALLOT -> api.get(visible(ballot()));
            case ISSUE_TOKEN -> api.post("/api/auth/token", "");
            case HEALTH -> api.get("/actuator/health");
            case METRICS -> api.get("/actuator/prometheus");
        };
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void the_same_request_with_a_token_is_answered_as_with_the_password() {
        Api auditor = new Api(port).withTokenOf("auditor");
        assertThat(auditor.get(Applications.PATH).status()).isEqualTo(200);
        assertThat(auditor.post(Applications.PATH, Applications.submission("Lyon", "FR", "Lyon"))
                        .status())
                .isEqualTo(403);
        Api delegate = new Api(port).withTokenOf("bilbao-city");
        assertThat(delegate.post(ballot() + "/votes", Applications.vote("bilbao-city", "NO"))
                        .status())
                .isEqualTo(202);
    }

    @Test
    void a_delegate_who_names_another_seat_is_refused_and_the_attempt_is_recorded() throws Exception {
        String path = ballot();
        String id = path.substring(path.lastIndexOf('/') + 1);
        Api.Response refused = new Api(port)
                .as("bilbao-city")
                .inLanguage("fr")
                .post(path + "/votes", Applications.vote("seoul-city", "YES"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("La tentative a été enregistrée");

        List<String> recorded = database.events(id).stream()
                .map(event -> event.payloadType() + " " + event.payload() + " " + event.metaData())
                .toList();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1))
                .contains("VoteRefused", "\"seat\":\"seoul-city\"", "not-delegate-of-seat")
                .contains("\"actorId\":\"bilbao-city\"", "\"actorSeat\":\"bilbao-city\"");
        assertThat(recorded).noneMatch(event -> event.contains("VoteCast"));
    }

    @Test
    void tokens_that_are_expired_forged_misaddressed_or_roleless_are_refused() throws Exception {
        PrivateKey realKey = signingKey();
        PrivateKey otherKey =
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Function<JWTClaimsSet.Builder, JWTClaimsSet.Builder> valid = claims -> claims;

        assertThat(status(token(realKey, valid)))
                .as("a well-formed token (control)")
                .isEqualTo(200);
        assertThat(status(token(otherKey, valid))).as("signed by another key").isEqualTo(401);
        assertThat(status(token(
                        realKey, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(300))))))
                .as("expired")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.expirationTime(null))))
                .as("without an expiry (issue #15: was accepted, and good forever)")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.issuer("https://idp.example.org"))))
                .as("another issuer")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.audience("another-system"))))
                .as("another audience")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.claim("roles", List.of()))))
                .as("no role")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.claim("roles", List.of("EMPEROR")))))
                .as("no known role")
                .isEqualTo(401);
        assertThat(status(token(realKey, c -> c.jwtID(null))))
                .as("without an identifier (jti), which its revocation needs")
                .isEqualTo(401);
        assertThat(status("not.a.token")).as("garbage").isEqualTo(401);
    }

    /**
     * Every operation of the API, as its OpenAPI document lists it, refuses the public (but for the published reads
     * under /api/public), and every operation that
     * changes anything refuses the auditor and the operator, whose roles never write. The allowed side of each
     * endpoint is exercised by the functional tests (AdmissionIT, ProgramIT and the matrix above).
     */
    @Test
    void every_operation_of_the_api_refuses_the_public_and_every_write_refuses_readers_only() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        List<String> checked = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String concrete = path.replaceAll("\\{seat}", "ripess")
                    .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
            for (String method : paths.get(path).propertyNames()) {
                String verb = method.toUpperCase(java.util.Locale.ROOT);
                // Obtaining a token and signing out are for every account, the readers' too; so are one's own
                // calendar feed address and one's own notifications (marking them read, choosing how they come),
                // which change nothing of the record.
                boolean own = path.equals("/api/calendar/feed")
                        || path.startsWith("/api/notifications/inbox")
                        || path.equals("/api/notifications/preferences");
                boolean write = !verb.equals("GET") && !path.startsWith("/api/auth/") && !own;
                Api.Response anonymous = new Api(port).send(verb, concrete, "{}");
                boolean published = verb.equals("GET") && path.startsWith("/api/public/");
                if (published && path.endsWith("/current")) {
                    // the forum being prepared now is published when there is one, and is not found (404) when none
                    // is: either way the public reads it
                    assertThat(anonymous.status())
                            .as(verb + " " + path + " as the public")
                            .isIn(200, 404);
                } else {
                    assertThat(anonymous.status())
                            .as(verb + " " + path + " as the public")
                            .isEqualTo(
                                    published
                                            ? 200
                                            // a private calendar feed's secret is its credential: a wrong one finds
                                            // none
                                            : path.startsWith("/api/calendar/feeds/") ? 404 : 401);
                }
                if (write) {
                    for (String reader : List.of("auditor", "operator")) {
                        if (reader.equals("operator") && path.equals("/api/notifications/dead-letters/retries")) {
                            continue; // operators send undelivered e-mails again once the mail server is mended
                        }
                        Api.Response refused = new Api(port).as(reader).send(verb, concrete, "{}");
                        assertThat(refused.status())
                                .as(verb + " " + path + " as " + reader)
                                .isEqualTo(403);
                    }
                }
                checked.add(verb + " " + path);
            }
        }
        assertThat(checked)
                .hasSizeGreaterThan(40)
                .contains("POST /api/ballots/{ballotId}/votes", "GET /api/objectives");
    }

    /** Suspicious addresses are refused before anything handles them, with a problem the caller can read. */
    @Test
    void encoded_slashes_backslashes_semicolons_and_percents_in_a_path_get_a_400_problem() {
        Api secretariat = new Api(port).as("secretariat").inLanguage("fr");
        for (String path : List.of(
                "/api/membership-applications/..%2F..%2Fetc%2Fpasswd",
                "/api/membership-applications/%5Cu0000",
                "/api/membership-applications/1%3BDROP",
                "/api/ballots/%2500")) {
            Api.Response refused = secretariat.get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
            assertThat(refused.json().get("title").asString()).as(path).isEqualTo("Adresse invalide");
        }
    }

    @Test
    void the_api_is_described_by_a_public_openapi_document() {
        Api.Response document = new Api(port).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames())
                .contains(
                        "/api/membership-applications",
                        "/api/membership-applications/{applicationId}/ballot",
                        "/api/ballots/{ballotId}/votes",
                        "/api/ballots/{ballotId}/closing",
                        "/api/meetings/{meetingId}/proxies",
                        "/api/members/imports",
                        "/api/auth/token");
        assertThat(document.json().get("components").get("securitySchemes").propertyNames())
                .contains("bearer", "basic");
    }

    @Test
    void a_failed_sign_in_says_nothing_about_whether_the_account_exists() {
        Api.Response unknown = new Api(port).withBasic("nobody", "whatever").get(Applications.PATH);
        Api.Response wrongPassword =
                new Api(port).withBasic("secretariat", "whatever").get(Applications.PATH);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
        assertThat(unknown.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (Api.Response response : List.of(
                new Api(port).get(Applications.PATH),
                new Api(port).as("auditor").get(Applications.PATH))) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy"))
                    .contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void pages_use_a_session_login_protected_against_cross_site_request_forgery() {
        PageSession browser = new PageSession(port);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse(""))
                .as("an anonymous visitor of the home page reads the public dashboard")
                .isEqualTo("/public");
        HttpResponse<String> page = browser.get("/committee");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> signInPage = browser.get("/login");
        assertThat(signInPage.body())
                .as("the project's own sign-in page, one click from the public dashboard")
                .contains("id=\"to-public\"", "href=\"/public\"", "/assets/sign-in.js")
                .doesNotContain("Please sign in");

        HttpResponse<String> wrong = browser.signIn("secretariat", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElse("")).isEqualTo("/login?error");
        assertThat(browser.get("/login?error").body()).contains("data-i18n=\"shell.signIn.failed\"");

        HttpResponse<String> forged = browser.postForm("/login", "username=secretariat&password=" + Api.DEMO_PASSWORD);
        assertThat(forged.statusCode()).as("a login without the CSRF token").isEqualTo(403);

        HttpResponse<String> signedIn = browser.signIn("secretariat", Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** A ballot on a fresh application, open by written procedure for an hour. */
    private String ballot() {
        String application = Governance.reviewedApplication(
                new Api(port), Applications.unique("Ville de Marseille"), "FR", "Marseille");
        return "/api/ballots/"
                + Governance.writtenAdmissionBallot(new Api(port), application, Governance.writtenDeadline());
    }

    /** A ballot three of the five seats voted yes on: its outcome can no longer change, so it may close now. */
    private String settledBallot() {
        String ballot = ballot();
        String id = ballot.substring(ballot.lastIndexOf('/') + 1);
        for (String seat : List.of("bilbao-city", "ripess", "avpn")) {
            Governance.expect(202, Governance.vote(new Api(port), seat, id, seat, "YES"));
        }
        return ballot;
    }

    /** A fresh application, visible in the read model. */
    private String visibleApplication() {
        return visible(Applications.PATH + "/"
                + Governance.submitted(
                        new Api(port).as("secretariat"),
                        Applications.submission(Applications.unique("Nice"), "FR", "Nice")));
    }

    private String visible(String path) {
        Eventually.await(() -> new Api(port).as("auditor").get(path).status(), status -> status == 200);
        return path;
    }

    private int status(String token) {
        return new Api(port).withBearer(token).get(Applications.PATH).status();
    }

    private static String token(PrivateKey key, Function<JWTClaimsSet.Builder, JWTClaimsSet.Builder> change)
            throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("urn:gsef:governance")
                .audience("gsef-governance")
                .subject("auditor")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", List.of("AUDITOR"));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256), change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private PrivateKey signingKey() throws Exception {
        String pem = Files.readString(database.dataDir().resolve("jwt-signing-key.pem"));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
