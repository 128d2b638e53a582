package org.gsef.governance.kernel.membership;

import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.Require;

/**
 * An applicant or member organisation, as GSEF records it. An international network may have no single country or
 * region; every other organisation has both.
 */
public record Organisation(
        String name, OrganisationKind kind, String country, Region region, String city, OfficialLanguage language) {

    public Organisation {
        name = Require.text(name, "organisation name").strip();
        Require.present(kind, "kind");
        boolean international = kind == OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK;
        country = international && (country == null || country.isBlank())
                ? null
                : new CountryCode(Require.present(country, "country")).value();
        if (!international) {
            Require.present(region, "region");
        }
        city = city == null || city.isBlank()
                ? null
                : Require.text(city, "city", 120).strip();
        Require.present(language, "preferred language");
        if (kind == OrganisationKind.LOCAL_GOVERNMENT && city == null) {
            throw new IllegalArgumentException("city is required for a local government");
        }
    }
}
