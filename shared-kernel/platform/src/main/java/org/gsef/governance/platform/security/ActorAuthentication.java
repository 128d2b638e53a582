package org.gsef.governance.platform.security;

import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.platform.identity.CurrentActor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a bearer token, with the actor its claims name. */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Principal principal;
    private final Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        super(AccountUser.authorities(actor));
        this.principal = new Principal(actor);
        this.token = token;
        setAuthenticated(true);
    }

    Actor actor() {
        return principal.actor();
    }

    Jwt token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token.getTokenValue();
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.actor().userId();
    }

    record Principal(Actor actor) implements CurrentActor.HasActor {}
}
