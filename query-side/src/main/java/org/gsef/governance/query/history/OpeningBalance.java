package org.gsef.governance.query.history;

import java.time.LocalDate;

/**
 * The member register's opening balance: how many members the network had on a day, named in the register or not. The
 * rule, written once: from that day on, the members counted are the named members active on the day asked about, plus
 * the members of the opening count the register does not name (the count less the named members active on its day,
 * never fewer than none). So an admission or a later member imported by name adds one; a named member's departure
 * takes one away; and a member of the opening count imported by name later (admitted on or before its day, or on an
 * unknown day) moves one from the unnamed to the named, changing nothing in all. Before its day, only named members
 * count.
 */
public record OpeningBalance(LocalDate asOf, int members, String source) {

    /** The members of the opening count that the register does not name, on {@code day}. */
    public long unnamed(long namedActiveOnOpening, LocalDate day) {
        return day.isBefore(asOf) ? 0 : Math.max(0, members - namedActiveOnOpening);
    }
}
