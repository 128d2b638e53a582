package org.gsef.governance.kernel.membership;

import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;

/** A Steering Committee seat votes on whether to admit an applicant. */
public record CastAdmissionVote(UUID applicationId, SeatId seat, VoteChoice choice) implements TargetsAggregate {

    public CastAdmissionVote {
        Require.present(applicationId, "applicationId");
        Require.present(seat, "seat");
        Require.present(choice, "choice");
    }

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
