package org.gsef.governance.platform.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the pages: someone signed in by session gets a short-lived bearer token for the API, who they are, and the CSRF
 * token their session's forms (sign out) need. A same-origin read: another site's page cannot read the answer.
 */
@RestController
class SessionTokenEndpoint {

    static final String PATH = "/session/token";

    private final Tokens tokens;
    private final BuiltInAccounts accounts;
    private final SessionTokens issued;

    SessionTokenEndpoint(Tokens tokens, BuiltInAccounts accounts, SessionTokens issued) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.issued = issued;
    }

    /**
     * @param seat the seat the signed-in delegate votes for, if any
     */
    record SessionToken(
            String accessToken, long expiresIn, String userId, List<String> roles, String seat, String csrfToken) {}

    /**
     * A fresh token each time it is asked, for the account as it is configured now; the page asks again before the
     * token expires, or when the API answers 401. The session remembers it, so that signing out revokes it.
     */
    @GetMapping(PATH)
    ResponseEntity<SessionToken> issue(Authentication authentication, CsrfToken csrf, HttpSession session) {
        if (!(authentication.getPrincipal() instanceof AccountUser account)) {
            throw new RuleViolation(Refusal.BUILT_IN_ACCOUNTS_ONLY, "only built-in accounts sign in to the pages");
        }
        Actor actor = accounts.find(account.getUsername())
                .map(AccountUser::actor)
                .orElseThrow(() -> new RuleViolation(
                        Refusal.BUILT_IN_ACCOUNTS_ONLY, "the account no longer exists; sign in again"));
        Tokens.Issued issuedToken = tokens.issue(actor);
        issued.remember(session, issuedToken);
        Tokens.IssuedToken token = issuedToken.response();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new SessionToken(
                        token.access_token(),
                        token.expires_in(),
                        actor.userId(),
                        actor.roles().stream().map(Enum::name).sorted().toList(),
                        actor.seatCode().orElse(null),
                        csrf.getToken()));
    }
}
