package org.gsef.governance.platform.security;

import java.util.Collection;
import java.util.List;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.platform.identity.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A built-in account, as Spring Security sees it. */
record AccountUser(Actor actor, String passwordHash) implements UserDetails, CurrentActor.HasActor {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(actor);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.userId();
    }

    static List<GrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
