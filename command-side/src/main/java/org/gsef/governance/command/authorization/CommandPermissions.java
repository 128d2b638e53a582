package org.gsef.governance.command.authorization;

import java.util.Map;
import java.util.Set;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;

/**
 * Which roles may send which command. A command not listed here is refused to everyone, so a new command is unusable
 * until someone decides who may send it. Rules that depend on more than the role (only a seat's own delegate votes for
 * it) are the aggregate's.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.of(
            SubmitMembershipApplication.class, Set.of(Role.SECRETARIAT),
            CastAdmissionVote.class, Set.of(Role.DELEGATE),
            DecideAdmission.class, Set.of(Role.CHAIR, Role.SECRETARIAT));

    private CommandPermissions() {}

    public static Set<Role> allowed(Class<?> command) {
        return ALLOWED.getOrDefault(command, Set.of());
    }

    public static Set<Class<?>> commands() {
        return ALLOWED.keySet();
    }
}
