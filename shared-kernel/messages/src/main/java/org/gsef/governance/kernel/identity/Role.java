package org.gsef.governance.kernel.identity;

import java.util.Locale;
import java.util.Optional;

/** What a person may do in GSEF's governance. Anyone not signed in is the public, which has no role. */
public enum Role {
    /** Runs the admission process and the Committee's business. */
    SECRETARIAT,
    /** Represents one voting seat of the Steering Committee and votes for it. */
    DELEGATE,
    /** Chairs the Steering Committee: opens and closes ballots. */
    CHAIR,
    /** Reads and verifies everything, changes nothing. */
    AUDITOR,
    /** Represents an applicant or member organisation and sees its own application. */
    MEMBER_REPRESENTATIVE,
    /** Runs the system: reads metrics and operational endpoints. */
    OPERATOR,
    /**
     * The governance process itself, carrying a recorded result into the records it changes (an admitted application
     * into the member register). Never held by a person: no token or account can claim it.
     */
    PROCESS;

    /** The role a claim or configuration value names, ignoring case, dashes and an optional {@code ROLE_} prefix. */
    public static Optional<Role> parse(String name) {
        return parseAny(name).filter(role -> role != PROCESS);
    }

    /** Like {@link #parse} but also knows {@link #PROCESS}: for metadata the system itself wrote. */
    public static Optional<Role> parseAny(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalised.startsWith("ROLE_")) {
            normalised = normalised.substring(5);
        }
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
