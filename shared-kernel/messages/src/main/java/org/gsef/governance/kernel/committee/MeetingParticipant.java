package org.gsef.governance.kernel.committee;

import org.gsef.governance.kernel.common.Require;

/**
 * Who takes part in a statutory meeting besides the voting seats, as the program lists them: the international
 * advisors, observers (C.I.T.I.E.S., partner organisations), the Secretariat (its Secretary General).
 *
 * @param who who they are
 * @param number how many, or null when "as requested"
 */
public record MeetingParticipant(Role role, String who, Integer number) {

    /** The part they take. */
    public enum Role {
        INTERNATIONAL_ADVISORS,
        OBSERVERS,
        SECRETARIAT
    }

    public MeetingParticipant {
        Require.present(role, "role");
        who = Require.text(who, "who", 300).strip();
        if (number != null && (number < 1 || number > 1000)) {
            throw new IllegalArgumentException("number must be between 1 and 1000, or none when as requested");
        }
    }
}
