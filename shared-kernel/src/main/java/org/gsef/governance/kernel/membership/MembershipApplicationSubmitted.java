package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;

public record MembershipApplicationSubmitted(
        UUID applicationId,
        String organisationName,
        OrganisationKind kind,
        String country,
        Region region,
        String city,
        OfficialLanguage preferredLanguage,
        Instant submittedAt)
        implements MembershipApplicationEvent {}
