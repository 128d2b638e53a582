package org.gsef.governance.platform.security;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-out for bearer tokens: the token that signs this request is revoked, on every process, until it would have
 * expired. A request signed with HTTP Basic has no token to revoke. The pages sign out with their session
 * ({@code POST /logout}), which revokes the tokens that session obtained.
 */
@RestController
class SignOutEndpoint {

    static final String PATH = "/api/auth/sign-out";

    private final Revocations revocations;

    SignOutEndpoint(Revocations revocations) {
        this.revocations = revocations;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> signOut(Authentication authentication) {
        if (authentication instanceof ActorAuthentication bearer) {
            try {
                revocations.revoke(bearer.token().getId(), bearer.token().getExpiresAt());
            } catch (DataIntegrityViolationException revokedMeanwhile) {
                // Another request revoked the same token at the same moment: it is revoked.
            }
        }
        return ResponseEntity.noContent().build();
    }
}
