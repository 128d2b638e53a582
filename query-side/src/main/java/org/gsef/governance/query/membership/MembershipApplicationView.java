package org.gsef.governance.query.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;

/** A membership application as the read model shows it. */
public record MembershipApplicationView(
        UUID applicationId,
        String organisationName,
        OrganisationKind kind,
        String country,
        Region region,
        String city,
        OfficialLanguage preferredLanguage,
        ApplicationStatus status,
        Instant submittedAt,
        Instant decidedAt,
        String decisionRule,
        Tally tally,
        List<Vote> votes) {

    public record Vote(String seat, VoteChoice choice, Instant castAt) {}
}
