package org.gsef.governance.query.membership;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;

/**
 * A membership application as the read model shows it.
 *
 * @param contact the contact person, for those allowed to see it: null otherwise, and {@link Contact#ERASED} once the
 *     person was erased
 * @param note why the application was returned or withdrawn
 * @param version the application's version, for {@code If-Match}
 */
public record MembershipApplicationView(
        UUID applicationId,
        String organisationName,
        OrganisationKind kind,
        String country,
        Region region,
        String city,
        OfficialLanguage preferredLanguage,
        UUID sponsorMemberId,
        SubmissionChannel channel,
        ApplicationStatus status,
        String note,
        UUID ballotId,
        UUID memberId,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        long version,
        Contact contact) {

    public record Contact(String name, String email, boolean erased) {

        public static final Contact ERASED = new Contact(null, null, true);
    }

    MembershipApplicationView withContact(Contact contact) {
        return new MembershipApplicationView(
                applicationId,
                organisationName,
                kind,
                country,
                region,
                city,
                preferredLanguage,
                sponsorMemberId,
                channel,
                status,
                note,
                ballotId,
                memberId,
                submittedAt,
                updatedAt,
                version,
                contact);
    }
}
