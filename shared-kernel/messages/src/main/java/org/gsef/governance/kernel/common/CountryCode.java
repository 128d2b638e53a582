package org.gsef.governance.kernel.common;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        Require.text(value, "country");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(value)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
