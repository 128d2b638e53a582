package org.gsef.governance.kernel.membership;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;

/** Finds one application with its status and tally. */
public record FindMembershipApplication(UUID applicationId) {

    public FindMembershipApplication {
        Require.present(applicationId, "applicationId");
    }
}
