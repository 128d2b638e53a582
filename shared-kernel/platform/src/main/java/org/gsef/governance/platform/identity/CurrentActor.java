package org.gsef.governance.platform.identity;

import java.util.Optional;
import org.gsef.governance.kernel.identity.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, as the security layer authenticated it. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof HasActor holder
                ? Optional.of(holder.actor())
                : Optional.empty();
    }

    /** An authenticated principal that knows which actor it is. */
    public interface HasActor {
        Actor actor();
    }
}
