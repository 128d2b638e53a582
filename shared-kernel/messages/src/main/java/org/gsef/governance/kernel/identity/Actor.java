package org.gsef.governance.kernel.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gsef.governance.kernel.common.Require;

/**
 * Who acts: the authenticated user's stable identifier (never a name or an e-mail address, which are personal data),
 * their roles, the Committee seat they represent and the organisation they speak for, if any. Every command carries
 * it, and every event inherits it.
 */
public record Actor(String userId, Set<Role> roles, String seat, String organisation) {

    public Actor {
        Require.text(userId, "userId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        seat = blankToNull(seat);
        organisation = blankToNull(organisation);
    }

    public static Actor of(String userId, Collection<Role> roles) {
        return new Actor(userId, Set.copyOf(roles), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public Optional<String> seatCode() {
        return Optional.ofNullable(seat);
    }

    public Optional<String> organisationId() {
        return Optional.ofNullable(organisation);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
