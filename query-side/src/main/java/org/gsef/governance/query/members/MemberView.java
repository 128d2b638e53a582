package org.gsef.governance.query.members;

import java.time.LocalDate;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.OrganisationKind;

/**
 * A member in the register.
 *
 * @param admittedOn null for an imported member whose admission date is not known
 * @param origin {@code ADMISSION} (with the application and ballot) or {@code IMPORT} (with its source)
 */
public record MemberView(
        UUID memberId,
        String organisationName,
        OrganisationKind kind,
        String country,
        Region region,
        String city,
        OfficialLanguage preferredLanguage,
        MemberStatus status,
        LocalDate admittedOn,
        String origin,
        UUID applicationId,
        UUID ballotId,
        String source,
        String statusReason,
        LocalDate statusSince,
        long version) {}
