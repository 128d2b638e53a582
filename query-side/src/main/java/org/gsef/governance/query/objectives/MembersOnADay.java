package org.gsef.governance.query.objectives;

import java.time.LocalDate;

/**
 * The active members on a day, by the effective dates of what happened and from the register's opening balance: the
 * value of the members indicators. The member register's history provides it.
 */
public interface MembersOnADay {

    /** Active members on {@code day}: all of them, or the named ones of one region. */
    long activeOn(LocalDate day, String region);
}
