package org.gsef.governance.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * The bearer tokens a page session obtained ({@link SessionTokenEndpoint}), remembered in the session until they
 * expire, so that signing out of the session ({@code POST /logout}) revokes them all.
 */
final class SessionTokens implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionTokens.class);
    private static final String ATTRIBUTE = SessionTokens.class.getName();

    private final Revocations revocations;
    private final Clock clock;

    SessionTokens(Revocations revocations, Clock clock) {
        this.revocations = revocations;
        this.clock = clock;
    }

    void remember(HttpSession session, Tokens.Issued token) {
        synchronized (session) {
            Issued issued = issued(session);
            Instant now = clock.instant();
            issued.expiries().values().removeIf(expiry -> expiry.isBefore(now));
            issued.expiries().put(token.id(), token.expiresAt());
            session.setAttribute(ATTRIBUTE, issued);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Map<String, Instant> expiries;
        synchronized (session) {
            expiries = Map.copyOf(issued(session).expiries());
            session.removeAttribute(ATTRIBUTE);
        }
        Instant now = clock.instant();
        try {
            expiries.forEach((jti, expiry) -> {
                if (expiry.isAfter(now)) {
                    revocations.revoke(jti, expiry);
                }
            });
        } catch (RuntimeException outage) {
            // The session ends all the same; its tokens expire within their short lifetime.
            log.warn("Signed out of a page session, but its tokens could not be revoked: {}", outage.toString());
            return;
        }
        if (!expiries.isEmpty()) {
            log.info("Signed out of a page session: {} token(s) revoked", expiries.size());
        }
    }

    private static Issued issued(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Issued issued ? issued : new Issued(new HashMap<>());
    }

    /** The identifiers of the tokens issued to the session, with their expiries. */
    private record Issued(HashMap<String, Instant> expiries) implements Serializable {}
}
