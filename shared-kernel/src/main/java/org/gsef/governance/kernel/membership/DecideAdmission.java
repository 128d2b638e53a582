package org.gsef.governance.kernel.membership;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** Closes the vote on an application and records the outcome the votes produce. */
public record DecideAdmission(UUID applicationId) implements TargetsAggregate {

    public DecideAdmission {
        Require.present(applicationId, "applicationId");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
