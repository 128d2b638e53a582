package org.gsef.governance.kernel.membership;

import java.util.UUID;

/** Everything that can happen to a membership application. */
public sealed interface MembershipApplicationEvent
        permits MembershipApplicationSubmitted, AdmissionVoteCast, AdmissionVoteRefused, AdmissionDecided {

    UUID applicationId();
}
