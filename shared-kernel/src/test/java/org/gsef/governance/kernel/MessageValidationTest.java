package org.gsef.governance.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.junit.jupiter.api.Test;

class MessageValidationTest {

    @Test
    void country_codes_are_normalised_and_checked_against_iso_3166() {
        assertThat(new CountryCode(" mx ").value()).isEqualTo("MX");
        assertThatThrownBy(() -> new CountryCode("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("")).hasMessage("country is required");
    }

    @Test
    void seat_codes_are_lower_case_slugs() {
        assertThat(new SeatId("chantier-economie-sociale").value()).isEqualTo("chantier-economie-sociale");
        assertThatThrownBy(() -> new SeatId("Seoul City")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatId("'; drop table x;--")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_local_government_must_name_its_city() {
        assertThatThrownBy(() -> new SubmitMembershipApplication(
                        UUID.randomUUID(),
                        "Ville de Bamako",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        new CountryCode("ML"),
                        Region.AFRICA,
                        " ",
                        OfficialLanguage.FRENCH))
                .hasMessage("city is required for a local government");
    }

    @Test
    void an_organisation_name_is_trimmed_and_bounded() {
        var command = new SubmitMembershipApplication(
                UUID.randomUUID(),
                "  RIPESS  ",
                OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                new CountryCode("fr"),
                Region.EUROPE,
                null,
                OfficialLanguage.FRENCH);
        assertThat(command.organisationName()).isEqualTo("RIPESS");
        assertThatThrownBy(() -> new SubmitMembershipApplication(
                        UUID.randomUUID(),
                        "x".repeat(201),
                        OrganisationKind.NATIONAL_SSE_NETWORK,
                        new CountryCode("FR"),
                        Region.EUROPE,
                        null,
                        OfficialLanguage.FRENCH))
                .hasMessageContaining("at most 200");
    }

    @Test
    void a_tally_counts_each_choice() {
        Tally tally = Tally.EMPTY.plus(VoteChoice.YES).plus(VoteChoice.YES).plus(VoteChoice.ABSTAIN);
        assertThat(tally).isEqualTo(new Tally(2, 0, 1));
        assertThat(tally.cast()).isEqualTo(3);
    }
}
