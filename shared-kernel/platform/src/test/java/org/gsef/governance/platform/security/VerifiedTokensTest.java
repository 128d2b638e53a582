package org.gsef.governance.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2019-06-01T10:00:00Z");

    /** A verifier that accepts tokens named "good-..." until the instant their name gives, and counts its calls. */
    static final class CountingVerifier implements JwtDecoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            if (!token.startsWith("good-")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("secretariat")
                    .issuedAt(NOW.minusSeconds(60))
                    .expiresAt(Instant.parse(token.substring("good-".length())))
                    .build();
        }
    }

    @Test
    void a_verified_token_is_checked_once_until_it_expires() {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));
        String token = "good-2019-06-01T11:00:00Z";

        assertThat(tokens.decode(token).getSubject()).isEqualTo("secretariat");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("secretariat");

        assertThat(verifier.calls).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        CountingVerifier verifier = new CountingVerifier();
        Clock[] clock = {Clock.fixed(NOW, ZoneOffset.UTC)};
        VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        });
        String token = "good-2019-06-01T10:05:00Z";
        tokens.decode(token);

        clock[0] = Clock.fixed(Instant.parse("2019-06-01T10:05:00Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_refused_token_is_never_remembered() {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifier.calls).hasValue(2);
    }
}
