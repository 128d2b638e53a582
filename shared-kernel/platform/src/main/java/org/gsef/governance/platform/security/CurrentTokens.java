package org.gsef.governance.platform.security;

import org.gsef.governance.kernel.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * What a verified token must still be on every request, after {@link Tokens} checked its signature and claims (once,
 * then remembered): not revoked (the revocation list is read each time, so a sign-out on one process holds on all),
 * and, for this system's own tokens, issued to the account as it is configured now: a token whose roles, seat or
 * organisation no longer match the account (changed, or removed, on a restart) is refused. A revocation list that
 * cannot be read answers 503, like every other database outage, never 500.
 */
final class CurrentTokens {

    private static final Logger log = LoggerFactory.getLogger(CurrentTokens.class);

    private final Tokens tokens;
    private final Revocations revocations;
    private final BuiltInAccounts accounts;

    CurrentTokens(Tokens tokens, Revocations revocations, BuiltInAccounts accounts) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.accounts = accounts;
    }

    ActorAuthentication authenticate(Jwt token) {
        ActorAuthentication authentication = tokens.authenticate(token);
        boolean revoked;
        try {
            revoked = revocations.isRevoked(token.getId());
        } catch (RuntimeException outage) {
            log.warn("Revocation list unavailable: {}", outage.toString());
            throw new Unavailable(outage);
        }
        if (revoked) {
            throw new InvalidBearerTokenException("the token was revoked");
        }
        if (tokens.ownTokens()) {
            Actor claimed = authentication.actor();
            boolean current = accounts.find(claimed.userId())
                    .map(account -> account.actor().equals(claimed))
                    .orElse(false);
            if (!current) {
                log.info("Refused a token of {}: the account's roles, seat or organisation changed", claimed.userId());
                throw new InvalidBearerTokenException("the account changed since the token was issued");
            }
        }
        return authentication;
    }

    /** The token could not be checked against the revocation list: answered 503 with {@code Retry-After}. */
    static final class Unavailable extends AuthenticationException {

        Unavailable(Throwable cause) {
            super("the revocation list is unavailable", cause);
        }
    }
}
