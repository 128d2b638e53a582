package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15: a bearer token kept working after sign-out, and after its account's role changed on a restart. Tokens are
 * now short-lived and named (jti), sign-out revokes them in a list every process reads (a table of the event-store
 * database), the pages' session hands out fresh ones, and a token that no longer matches its account is refused.
 */
@SingleNodeOnPostgres
class TokensIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @Test
    void a_token_lives_five_minutes_carries_a_jti_and_is_revoked_by_its_sign_out() throws SQLException {
        Api.Response issued = new Api(port).as("auditor").post("/api/auth/token", "");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().get("expires_in").asLong()).isEqualTo(300);
        String token = issued.json().get("access_token").asString();
        JsonNode claims = claims(token);
        assertThat(claims.get("jti").asString()).isNotBlank();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);

        Api auditor = new Api(port).withBearer(token);
        assertThat(auditor.get(Applications.PATH).status()).isEqualTo(200);
        assertThat(auditor.post("/api/auth/sign-out", "").status()).isEqualTo(204);
        Api.Response refused = auditor.get(Applications.PATH);
        assertThat(refused.status()).as("the token after its sign-out").isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(auditor.post("/api/auth/sign-out", "").status())
                .as("signing out again with a revoked token")
                .isEqualTo(401);
        assertThat(expiryOfRevoked(claims.get("jti").asString()))
                .as("kept until the token would have expired")
                .isEqualTo(Instant.ofEpochSecond(claims.get("exp").asLong()));

        Api other = new Api(port).withTokenOf("auditor");
        assertThat(other.get(Applications.PATH).status())
                .as("another token of the same account")
                .isEqualTo(200);
    }

    /** The list is the table every process reads, on every request: a row another process wrote holds here. */
    @Test
    void a_revocation_written_by_another_process_holds_at_once_and_expired_rows_are_purged() throws SQLException {
        String token = new Api(port)
                .as("secretariat")
                .post("/api/auth/token", "")
                .json()
                .get("access_token")
                .asString();
        Api secretariat = new Api(port).withBearer(token);
        assertThat(secretariat.get(Applications.PATH).status()).isEqualTo(200);
        String old = "long-expired-" + UUID.randomUUID();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO revoked_token (jti, expires_at, revoked_at) VALUES (?, ?, now())")) {
            insert.setString(1, claims(token).get("jti").asString());
            insert.setTimestamp(2, Timestamp.from(Instant.now().plusSeconds(300)));
            insert.executeUpdate();
            insert.setString(1, old);
            insert.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(3600)));
            insert.executeUpdate();
        }
        assertThat(secretariat.get(Applications.PATH).status()).isEqualTo(401);

        Api chair = new Api(port).withTokenOf("chair");
        assertThat(chair.post("/api/auth/sign-out", "").status()).isEqualTo(204);
        assertThat(expiryOfRevoked(old))
                .as("a row past its token's expiry is purged")
                .isNull();
    }

    @Test
    void signing_out_of_the_page_session_revokes_the_tokens_it_handed_out() {
        PageSession browser = PageSession.signedIn(port, "bilbao-city");

        JsonNode first = sessionToken(browser);
        JsonNode second = sessionToken(browser);
        assertThat(second.get("accessToken").asString())
                .as("a fresh token on demand, past the first one's five minutes")
                .isNotEqualTo(first.get("accessToken").asString());
        assertThat(second.get("expiresIn").asLong()).isEqualTo(300);
        for (JsonNode token : new JsonNode[] {first, second}) {
            assertThat(new Api(port)
                            .withBearer(token.get("accessToken").asString())
                            .get(Applications.PATH)
                            .status())
                    .isEqualTo(200);
        }

        HttpResponse<String> signedOut =
                browser.postForm("/logout", "_csrf=" + second.get("csrfToken").asString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        for (JsonNode token : new JsonNode[] {first, second}) {
            assertThat(new Api(port)
                            .withBearer(token.get("accessToken").asString())
                            .get(Applications.PATH)
                            .status())
                    .as("a token of the session after its sign-out")
                    .isEqualTo(401);
        }
    }

    private static JsonNode sessionToken(PageSession browser) {
        HttpResponse<String> response = browser.get("/session/token", "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private Instant expiryOfRevoked(String jti) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT expires_at FROM revoked_token WHERE jti = ?")) {
            select.setString(1, jti);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1).toInstant() : null;
            }
        }
    }
}
