package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.time.LocalDate;

/** What happens to the member register as a whole. */
public sealed interface RegisterEvent {

    /**
     * The register's opening balance: {@code members} on {@code asOf}, named or not, by {@code source}; a later one
     * replaces it.
     *
     * @param at when it was recorded
     */
    record OpeningBalanceRecorded(LocalDate asOf, int members, String source, Instant at) implements RegisterEvent {}
}
