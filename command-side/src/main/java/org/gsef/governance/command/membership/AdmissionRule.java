package org.gsef.governance.command.membership;

import org.gsef.governance.kernel.membership.AdmissionOutcome;
import org.gsef.governance.kernel.membership.Tally;

/** How a tally of votes becomes an admission outcome. */
public interface AdmissionRule {

    /** The name recorded with each decision, so an auditor knows which rule produced it. */
    String name();

    AdmissionOutcome decide(Tally tally);
}
