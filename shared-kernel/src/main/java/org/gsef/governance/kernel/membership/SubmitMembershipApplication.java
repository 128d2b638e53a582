package org.gsef.governance.kernel.membership;

import java.util.UUID;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.Require;

/** Puts an organisation's application to join GSEF on record. */
public record SubmitMembershipApplication(
        UUID applicationId,
        String organisationName,
        OrganisationKind kind,
        CountryCode country,
        Region region,
        String city,
        OfficialLanguage preferredLanguage) {

    public SubmitMembershipApplication {
        Require.present(applicationId, "applicationId");
        organisationName = Require.text(organisationName, "organisationName").strip();
        Require.present(kind, "kind");
        Require.present(country, "country");
        Require.present(region, "region");
        city = city == null || city.isBlank()
                ? null
                : Require.text(city, "city", 120).strip();
        Require.present(preferredLanguage, "preferredLanguage");
        if (kind == OrganisationKind.LOCAL_GOVERNMENT && city == null) {
            throw new IllegalArgumentException("city is required for a local government");
        }
    }
}
