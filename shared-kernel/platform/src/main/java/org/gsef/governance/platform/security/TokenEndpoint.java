package org.gsef.governance.platform.security;

import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issues bearer tokens to built-in accounts that authenticate with HTTP Basic. */
@RestController
class TokenEndpoint {

    static final String PATH = "/api/auth/token";

    private final Tokens tokens;

    TokenEndpoint(Tokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(PATH)
    Tokens.IssuedToken issue(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof AccountUser account)) {
            throw new RuleViolation(Refusal.BUILT_IN_ACCOUNTS_ONLY, "only built-in accounts obtain tokens here");
        }
        return tokens.issue(account.actor()).response();
    }
}
