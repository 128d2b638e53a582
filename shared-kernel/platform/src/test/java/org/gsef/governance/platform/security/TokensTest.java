package org.gsef.governance.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Tokens without an expiry are refused (issue #15: they were accepted, and good forever). */
class TokensTest {

    @TempDir
    Path folder;

    @Test
    void a_token_of_this_system_without_an_expiry_is_refused() throws Exception {
        SigningKey key = SigningKey.loadOrCreate(folder.resolve("key.pem"));
        SecurityProperties.Jwt settings = new SecurityProperties.Jwt(
                "urn:gsef:governance",
                "gsef-governance",
                null,
                folder.resolve("key.pem"),
                Duration.ofHours(1),
                "roles",
                "seat",
                "organisation");
        Tokens tokens = new Tokens(settings, key, Clock.systemUTC());
        String issued = tokens.issue(Actor.of("auditor", Set.of(Role.AUDITOR)))
                .response()
                .access_token();
        assertThat(tokens.decoder().decode(issued).getExpiresAt()).isNotNull();

        SignedJWT timeless = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .issuer("urn:gsef:governance")
                        .audience("gsef-governance")
                        .subject("auditor")
                        .issueTime(new Date())
                        .claim("roles", List.of("AUDITOR"))
                        .build());
        timeless.sign(new RSASSASigner(key.privateKey()));
        assertThatThrownBy(() -> tokens.decoder().decode(timeless.serialize()))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("exp");
    }

    /** Issue #15: tokens lived an hour and could not be revoked; they live minutes and name themselves. */
    @Test
    void a_token_lives_five_minutes_by_default_and_one_without_an_identifier_is_refused() throws Exception {
        SigningKey key = SigningKey.loadOrCreate(folder.resolve("key.pem"));
        SecurityProperties.Jwt settings = new SecurityProperties.Jwt(
                "urn:gsef:governance",
                "gsef-governance",
                null,
                folder.resolve("key.pem"),
                Duration.ofMinutes(5),
                "roles",
                "seat",
                "organisation");
        Tokens tokens = new Tokens(settings, key, Clock.systemUTC());
        Tokens.Issued issued = tokens.issue(Actor.of("auditor", Set.of(Role.AUDITOR)));
        assertThat(issued.response().expires_in()).isEqualTo(300);
        assertThat(tokens.decoder().decode(issued.response().access_token()).getId())
                .isEqualTo(issued.id())
                .isNotBlank();

        SignedJWT anonymous = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .issuer("urn:gsef:governance")
                        .audience("gsef-governance")
                        .subject("auditor")
                        .issueTime(new Date())
                        .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                        .claim("roles", List.of("AUDITOR"))
                        .build());
        anonymous.sign(new RSASSASigner(key.privateKey()));
        assertThatThrownBy(() -> tokens.decoder().decode(anonymous.serialize()))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("jti");
    }
}
