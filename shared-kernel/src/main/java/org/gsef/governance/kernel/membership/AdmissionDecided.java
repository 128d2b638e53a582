package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of an admission vote, with the tally and the rule that produced it, so the decision can be explained from
 * this event alone.
 */
public record AdmissionDecided(
        UUID applicationId, AdmissionOutcome outcome, Tally tally, String rule, Instant decidedAt)
        implements MembershipApplicationEvent {}
