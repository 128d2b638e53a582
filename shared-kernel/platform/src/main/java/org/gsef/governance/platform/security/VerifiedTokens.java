package org.gsef.governance.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers the tokens already verified, until they expire: a client sends the same token with every request, and
 * checking its signature and claims again each time cost about a millisecond of CPU per request on the benchmark
 * machine. Only tokens that passed every check are kept; a kept token is refused as soon as it expires. At most
 * {@link #CAPACITY} are kept (the memory is emptied when full).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (known.getExpiresAt() != null && !clock.instant().isBefore(known.getExpiresAt())) {
                verified.remove(token);
                throw new JwtValidationException(
                        "Jwt expired at " + known.getExpiresAt(),
                        List.of(new OAuth2Error("invalid_token", "the token has expired", null)));
            }
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }
}
