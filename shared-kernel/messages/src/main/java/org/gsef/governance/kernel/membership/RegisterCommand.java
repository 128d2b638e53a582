package org.gsef.governance.kernel.membership;

import java.time.LocalDate;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** The commands of the member register as a whole, rather than of one member. */
public sealed interface RegisterCommand extends TargetsAggregate {

    /** The one register of GSEF's members. */
    String MEMBER_REGISTER = "member-register";

    @Override
    default String aggregateId() {
        return MEMBER_REGISTER;
    }

    /**
     * Records how many members the network had on a day before this system held each of them ("49 members on 1 January
     * 2019"), from a source. Members imported by name who joined on or before that day are among them, not added to
     * them; admissions, imports of later members and departures after that day move the count from there. Recording it
     * again with other figures corrects it; with the same figures it changes nothing.
     */
    record RecordOpeningBalance(LocalDate asOf, int members, String source) implements RegisterCommand {
        public RecordOpeningBalance {
            Require.present(asOf, "asOf");
            if (members < 0 || members > 1_000_000) {
                throw new IllegalArgumentException("members must be between 0 and 1000000");
            }
            source = Require.text(source, "source", 500).strip();
        }
    }
}
