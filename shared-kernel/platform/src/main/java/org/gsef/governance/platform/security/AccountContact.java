package org.gsef.governance.platform.security;

import java.util.Optional;
import java.util.Set;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Role;

/**
 * How to reach a built-in account: its e-mail address (none for an account that reads its notifications in the pages
 * only) and the official language it reads.
 */
public record AccountContact(
        String username, Set<Role> roles, String seat, Optional<String> email, OfficialLanguage language) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
