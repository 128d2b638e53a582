package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in: tokens from the organisation's identity provider, verified with its published key set, with the
 * issuer, audience and claim names it uses. The provider here is a real JWKS endpoint on loopback.
 */
class IdentityProviderIT {

    private static final String ISSUER = "https://idp.gsef.test/realms/gsef";

    @Test
    void tokens_of_the_configured_identity_provider_are_accepted_with_its_claim_names() throws Exception {
        RSAKey providerKey = new RSAKeyGenerator(2048).keyID("idp-key").generate();
        HttpServer provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        provider.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        provider.start();
        PostgresTestDatabase database = PostgresTestDatabase.create();
        String[] arguments = concat(
                database.argumentsWithoutDemoAccounts(),
                "--gsef.security.jwt.jwk-set-uri=http://127.0.0.1:"
                        + provider.getAddress().getPort() + "/jwks",
                "--gsef.security.jwt.issuer=" + ISSUER,
                "--gsef.security.jwt.audience=gsef-test",
                "--gsef.security.jwt.roles-claim=realm_access.roles",
                "--gsef.security.jwt.seat-claim=gsef_seat");
        try (RunningApplication run = RunningApplication.start(GsefGovernance.class, "with-idp", arguments)) {
            Api secretariat = run.api().withBearer(token(providerKey, "u-4711", List.of("secretariat"), null, ISSUER));
            for (String seat : List.of("ripess", "avpn")) {
                Governance.expect(
                        201, secretariat.post("/api/committee/seats", """
                        {"seat": "%s", "organisationName": "%s", "office": "INTERNATIONAL_NETWORK"}""".formatted(seat, seat.toUpperCase())));
            }
            String application =
                    Governance.submitted(secretariat, Applications.submission("Ciudad de Medellín", "CO", "Medellín"));
            Governance.expect(202, secretariat.post(Applications.PATH + "/" + application + "/review", ""));
            Api chair = run.api().withBearer(token(providerKey, "u-0001", List.of("chair"), null, ISSUER));
            Api.Response opened = chair.post(
                    Applications.PATH + "/" + application + "/ballot", """
                    {"procedure": "WRITTEN", "closesAt": "%s"}""".formatted(Governance.writtenDeadline()));
            Governance.expect(201, opened);
            String votes = "/api/ballots/" + opened.json().get("id").asString() + "/votes";

            Api delegate = run.api().withBearer(token(providerKey, "u-0815", List.of("delegate"), "ripess", ISSUER));
            assertThat(delegate.post(votes, Applications.vote("ripess", "YES")).status())
                    .as("the provider's claim says who someone is, not which seat they hold")
                    .isEqualTo(403);
            Governance.expect(202, secretariat.send("PUT", "/api/committee/seats/ripess/delegate", """
                    {"delegateUserId": "u-0815"}"""));
            assertThat(delegate.post(votes, Applications.vote("ripess", "YES")).status())
                    .as("the subject the Committee appointed to the seat votes for it")
                    .isEqualTo(202);
            Api claimsAvpn = run.api().withBearer(token(providerKey, "u-0816", List.of("delegate"), "avpn", ISSUER));
            assertThat(claimsAvpn.post(votes, Applications.vote("avpn", "YES")).status())
                    .as("a seat claimed by the provider gives no vote without the Committee's appointment")
                    .isEqualTo(403);
            assertThat(delegate.post(votes, Applications.vote("avpn", "YES")).status())
                    .as("the seat voted for comes from the Committee's record, not from the request")
                    .isEqualTo(403);

            RSAKey stranger = new RSAKeyGenerator(2048).keyID("idp-key").generate();
            assertThat(run.api()
                            .withBearer(token(stranger, "u-4711", List.of("secretariat"), null, ISSUER))
                            .get(Applications.PATH)
                            .status())
                    .as("same key id, other key")
                    .isEqualTo(401);
            assertThat(run.api()
                            .withBearer(token(providerKey, "u-4711", List.of("secretariat"), null, "https://other"))
                            .get(Applications.PATH)
                            .status())
                    .isEqualTo(401);
            SignedJWT timeless = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(providerKey.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder(
                                    SignedJWT.parse(token(providerKey, "u-4711", List.of("secretariat"), null, ISSUER))
                                            .getJWTClaimsSet())
                            .expirationTime(null)
                            .build());
            timeless.sign(new RSASSASigner(providerKey));
            assertThat(run.api()
                            .withBearer(timeless.serialize())
                            .get(Applications.PATH)
                            .status())
                    .as("a provider's token without an expiry (issue #15: was accepted, and good forever)")
                    .isEqualTo(401);
            assertThat(run.api().as("secretariat").get(Applications.PATH).status())
                    .as("no demo accounts without demo mode")
                    .isEqualTo(401);

            // Issue #15: a token kept working after sign-out. The provider's tokens are revoked by their jti too.
            Api signingOut = run.api().withBearer(token(providerKey, "u-4711", List.of("secretariat"), null, ISSUER));
            assertThat(signingOut.get(Applications.PATH).status()).isEqualTo(200);
            assertThat(signingOut.post("/api/auth/sign-out", "").status()).isEqualTo(204);
            assertThat(signingOut.get(Applications.PATH).status())
                    .as("the provider's token after its sign-out")
                    .isEqualTo(401);
            assertThat(secretariat.get(Applications.PATH).status())
                    .as("another token of the same subject")
                    .isEqualTo(200);
        } finally {
            provider.stop(0);
        }
    }

    private static String token(RSAKey key, String subject, List<String> roles, String seat, String issuer)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of("gsef-test", "account"))
                .subject(subject)
                .jwtID(java.util.UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("realm_access", Map.of("roles", roles));
        if (seat != null) {
            claims.claim("gsef_seat", seat);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
