package org.gsef.governance.query.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.identity.CurrentActor;

/** Who reads what on the query side: the Secretariat, the Committee and auditors read the governance record. */
public final class ReadAccess {

    /** The roles that read every application, ballot, member and meeting. */
    public static final Set<Role> GOVERNANCE_READERS =
            Set.of(Role.SECRETARIAT, Role.CHAIR, Role.DELEGATE, Role.AUDITOR);

    /** The roles that verify, export and replay the record: they read the audit trail and the event store. */
    public static final Set<Role> AUDIT_READERS = Set.of(Role.AUDITOR, Role.SECRETARIAT, Role.OPERATOR);

    private ReadAccess() {}

    /** The signed-in reader, who must hold one of the roles; anyone else is refused. */
    public static Actor require(Set<Role> roles) {
        Actor actor = CurrentActor.get().orElseThrow(() -> new RuleViolation(Refusal.ROLE, "not signed in"));
        if (!actor.hasAny(roles)) {
            throw new RuleViolation(Refusal.ROLE, actor.userId() + " may not read this");
        }
        return actor;
    }

    /** Anyone signed in, whatever their role: the plan, the calendar and the forum are no secret within GSEF. */
    public static Actor signedIn() {
        return require(EnumSet.complementOf(EnumSet.of(Role.PROCESS)));
    }

    public static Actor governanceReader() {
        return require(GOVERNANCE_READERS);
    }

    /**
     * The application a member representative speaks for: its organisation is named by the application's id. Empty
     * for every other reader.
     */
    public static Optional<UUID> ownApplication(Actor actor) {
        if (!actor.has(Role.MEMBER_REPRESENTATIVE)) {
            return Optional.empty();
        }
        return actor.organisationId().flatMap(organisation -> {
            try {
                return Optional.of(UUID.fromString(organisation));
            } catch (IllegalArgumentException notAnApplication) {
                return Optional.empty();
            }
        });
    }

    /** Checks an offset and a page size, and returns the page size. */
    public static int page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and 200");
        }
        return limit;
    }
}
