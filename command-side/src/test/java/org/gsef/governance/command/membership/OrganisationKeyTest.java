package org.gsef.governance.command.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.junit.jupiter.api.Test;

class OrganisationKeyTest {

    static Organisation city(String name, String country, String city) {
        return new Organisation(
                name, OrganisationKind.LOCAL_GOVERNMENT, country, Region.AFRICA, city, OfficialLanguage.FRENCH);
    }

    static Organisation network(String name, String country) {
        return new Organisation(
                name,
                OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                country,
                null,
                null,
                OfficialLanguage.ENGLISH);
    }

    @Test
    void case_accents_punctuation_and_spaces_do_not_make_another_name() {
        assertThat(OrganisationKey.normalise("  Chantier de l’Économie   SOCIALE. "))
                .isEqualTo("chantier de l economie sociale");
        assertThat(OrganisationKey.normalise("Red de Economía Social y Solidaria de Córdoba"))
                .isEqualTo(OrganisationKey.normalise("RED DE ECONOMIA SOCIAL Y SOLIDARIA DE CORDOBA"));
        assertThat(OrganisationKey.normalise("Saint-Denis")).isEqualTo("saint denis");
        assertThat(OrganisationKey.normalise("Łódź")).isEqualTo("lodz");
        assertThat(OrganisationKey.normalise("Straße Øresund Æble")).isEqualTo("strasse oresund aeble");
    }

    @Test
    void a_city_governments_forms_reduce_to_the_city() {
        for (String form : new String[] {
            "Ville de Bamako",
            "City of Bamako",
            "The City of Bamako",
            "BAMAKO",
            "bamako city",
            "Bamako City Council",
            "Municipality of Bamako",
            "Mairie de Bamako",
            "Ciudad de Bamako",
            "Cidade de Bamako",
            "Città di Bamako",
            "Citta' di Bamako",
            "Comune di Bamako",
            "Alcaldía de Bamako",
            "Bamako Metropolitan Government",
            "City of Bamako City"
        }) {
            assertThat(OrganisationKey.normalise(form)).as(form).isEqualTo("bamako");
        }
        assertThat(OrganisationKey.normalise("Ville d'Abidjan")).isEqualTo("abidjan");
        assertThat(OrganisationKey.normalise("Ville d’Abidjan")).isEqualTo("abidjan");
        assertThat(OrganisationKey.normalise("Ciudad de México")).isEqualTo("mexico");
        assertThat(OrganisationKey.normalise("Mexico City Government")).isEqualTo("mexico");
        assertThat(OrganisationKey.normalise("Seoul Metropolitan Government")).isEqualTo("seoul");
    }

    @Test
    void other_words_around_a_city_make_another_organisation() {
        assertThat(OrganisationKey.normalise("Mexico City SSE representative"))
                .isEqualTo("mexico city sse representative");
        assertThat(OrganisationKey.normalise("Kampala Capital City Authority"))
                .isEqualTo("kampala capital city authority");
        assertThat(OrganisationKey.normalise("Liverpool City Region")).isEqualTo("liverpool city region");
        assertThat(OrganisationKey.normalise("Villeneuve")).isEqualTo("villeneuve");
        assertThat(OrganisationKey.normalise("City"))
                .as("a name that is only a form is kept")
                .isEqualTo("city");
        assertThat(OrganisationKey.normalise("Ville de")).isEqualTo("ville de");
    }

    @Test
    void the_key_combines_the_name_and_the_country_whatever_city_is_typed() {
        OrganisationKey bamako = OrganisationKey.of(city("Ville de Bamako", "ML", "Bamako"));
        assertThat(bamako).isEqualTo(OrganisationKey.of(city("City of BAMAKO", "ml", "  bamako ")));
        assertThat(bamako.value()).isEqualTo("bamako|ML|");
        assertThat(OrganisationKey.of(city("Ville de Bamako", "SN", "Bamako")))
                .as("another country")
                .isNotEqualTo(bamako);
        assertThat(OrganisationKey.of(city("Ville de Bamako", "ML", "Bamako District")))
                .as("another spelling of the city")
                .isEqualTo(bamako);
        Organisation network = new Organisation(
                "Ville de Bamako",
                OrganisationKind.LOCAL_SSE_NETWORK,
                "ML",
                Region.AFRICA,
                null,
                OfficialLanguage.FRENCH);
        assertThat(OrganisationKey.of(network)).as("another kind").isEqualTo(bamako);
        assertThat(OrganisationKey.of(city("Mexico City Government", "MX", "Ciudad de México")))
                .isEqualTo(OrganisationKey.of(city("Ciudad de México", "MX", "Mexico City")));
    }

    @Test
    void invisible_characters_look_alike_letters_and_more_forms_do_not_make_another_organisation() {
        assertThat(OrganisationKey.normalise("B\u0430mako")).as("a Cyrillic a").isEqualTo("bamako");
        assertThat(OrganisationKey.normalise("Bam\u00ADako"))
                .as("a soft hyphen")
                .isEqualTo("bamako");
        assertThat(OrganisationKey.normalise("Bam\u200Bako"))
                .as("a zero-width space")
                .isEqualTo("bamako");
        assertThat(OrganisationKey.normalise("\uFF22amako"))
                .as("a full-width B")
                .isEqualTo("bamako");
        assertThat(OrganisationKey.normalise("Mairie du District de Bamako")).isEqualTo("bamako");
        assertThat(OrganisationKey.normalise("Municipalidad de Rosario")).isEqualTo("rosario");
        assertThat(OrganisationKey.normalise("Ajuntament de Barcelona")).isEqualTo("barcelona");
        assertThat(OrganisationKey.normalise("Câmara Municipal de Lisboa")).isEqualTo("lisboa");
        assertThat(OrganisationKey.normalise("Intendencia de Montevideo")).isEqualTo("montevideo");
    }

    @Test
    void an_international_network_is_known_by_its_name_alone() {
        assertThat(OrganisationKey.of(network("RIPESS", null)))
                .isEqualTo(OrganisationKey.of(network("Ripess", "FR")))
                .extracting(OrganisationKey::value)
                .isEqualTo("ripess||");
        Organisation national = new Organisation(
                "RIPESS", OrganisationKind.NATIONAL_SSE_NETWORK, "FR", Region.EUROPE, null, OfficialLanguage.FRENCH);
        assertThat(OrganisationKey.of(national)).isNotEqualTo(OrganisationKey.of(network("RIPESS", null)));
    }

    @Test
    void a_key_needs_a_name() {
        assertThatThrownBy(() -> new OrganisationKey("", "ML", "bamako")).isInstanceOf(IllegalArgumentException.class);
    }
}
