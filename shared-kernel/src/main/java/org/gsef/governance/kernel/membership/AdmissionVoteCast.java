package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.util.UUID;

public record AdmissionVoteCast(UUID applicationId, String seat, VoteChoice choice, Instant castAt)
        implements MembershipApplicationEvent {}
