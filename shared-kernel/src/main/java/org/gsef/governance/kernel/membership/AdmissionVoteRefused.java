package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt to vote that the rules refused, kept so the audit shows attempts as well as outcomes. Who attempted it is
 * in the event's metadata, like for every event.
 */
public record AdmissionVoteRefused(UUID applicationId, String seat, String reason, Instant refusedAt)
        implements MembershipApplicationEvent {}
