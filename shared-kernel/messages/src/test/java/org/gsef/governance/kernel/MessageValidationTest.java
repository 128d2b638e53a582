package org.gsef.governance.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.DistinctnessStatement;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.kernel.privacy.ContactPerson;
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
    void a_local_government_names_its_city_and_every_organisation_but_an_international_network_its_country() {
        assertThatThrownBy(() -> new Organisation(
                        "Ville de Bamako",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        "ML",
                        Region.AFRICA,
                        " ",
                        OfficialLanguage.FRENCH))
                .hasMessage("city is required for a local government");
        assertThatThrownBy(() -> new Organisation(
                        "Red",
                        OrganisationKind.NATIONAL_SSE_NETWORK,
                        null,
                        Region.EUROPE,
                        null,
                        OfficialLanguage.SPANISH))
                .hasMessage("country is required");
        Organisation network = new Organisation(
                " RIPESS ",
                OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
                "",
                null,
                null,
                OfficialLanguage.FRENCH);
        assertThat(network.name()).isEqualTo("RIPESS");
        assertThat(network.country()).isNull();
        assertThatThrownBy(() -> new Organisation(
                        "x".repeat(201),
                        OrganisationKind.NATIONAL_SSE_NETWORK,
                        "FR",
                        Region.EUROPE,
                        null,
                        OfficialLanguage.FRENCH))
                .hasMessageContaining("at most 200");
    }

    @Test
    void a_statement_of_distinctness_names_the_record_and_says_why() {
        UUID member = UUID.randomUUID();
        assertThat(new DistinctnessStatement(member, "  the district, not the city ").statement())
                .isEqualTo("the district, not the city");
        assertThatThrownBy(() -> new DistinctnessStatement(null, "why")).hasMessage("distinctFrom is required");
        assertThatThrownBy(() -> new DistinctnessStatement(member, " "))
                .hasMessage("distinctnessStatement is required");
        assertThatThrownBy(() -> new DistinctnessStatement(member, "x".repeat(2001)))
                .hasMessageContaining("at most 2000");
    }

    @Test
    void a_rule_violation_carries_the_records_it_names() {
        UUID member = UUID.randomUUID();
        RuleViolation violation = new RuleViolation(Refusal.ORGANISATION_ALREADY_MEMBER, "a member", "Bamako", member)
                .with("existingRecordId", member);
        assertThat(violation.properties()).containsExactly(Map.entry("existingRecordId", member));
        assertThat(violation.arguments()).containsExactly("Bamako", member);
        assertThatThrownBy(() -> violation.with("nothing", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_contact_person_has_a_name_and_an_email_address() {
        assertThat(new ContactPerson(" Ana ", " ana@example.org ").email()).isEqualTo("ana@example.org");
        assertThatThrownBy(() -> new ContactPerson("Ana", "not-an-address"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_written_procedure_has_a_deadline_and_a_meeting_ballot_a_meeting() {
        BallotSubject resolution = new BallotSubject(DecisionType.RESOLUTION, null, "Adopt the 2019 budget");
        assertThatThrownBy(
                        () -> new OpenBallot(UUID.randomUUID(), resolution, BallotProcedure.WRITTEN, null, null, null))
                .hasMessageContaining("closesAt is required");
        assertThatThrownBy(() ->
                        new OpenBallot(UUID.randomUUID(), resolution, BallotProcedure.AT_MEETING, null, null, null))
                .hasMessageContaining("names the meeting");
        BallotSubject ruleChange = new BallotSubject(DecisionType.STANDING_RULES_CHANGE, null, "Quorum of two thirds");
        assertThatThrownBy(() -> new OpenBallot(
                        UUID.randomUUID(),
                        ruleChange,
                        BallotProcedure.WRITTEN,
                        null,
                        Instant.parse("2019-05-01T00:00:00Z"),
                        null))
                .as("a ballot on the standing rules states the rule it proposes")
                .hasMessageContaining("states the rule it proposes");
        StandingRuleChange change = new StandingRuleChange(
                DecisionType.ADMISSION,
                new StandingRule(
                        new VotingRule(
                                QuorumRule.TWO_THIRDS_OF_SEATS, MajorityRule.TWO_THIRDS_OF_VOTES_CAST, TieRule.FAILS),
                        Duration.ofDays(10)));
        assertThatThrownBy(() -> new OpenBallot(
                        UUID.randomUUID(),
                        resolution,
                        BallotProcedure.WRITTEN,
                        null,
                        Instant.parse("2019-05-01T00:00:00Z"),
                        change))
                .as("no other ballot carries a rule")
                .hasMessageContaining("only such a ballot");
        assertThatThrownBy(() -> new BallotSubject(DecisionType.ADMISSION, null, "Admission"))
                .hasMessageContaining("names what it concerns");
        assertThat(new OpenBallot(
                                UUID.randomUUID(),
                                resolution,
                                BallotProcedure.WRITTEN,
                                null,
                                Instant.parse("2019-05-01T00:00:00Z"),
                                null)
                        .procedure())
                .isEqualTo(BallotProcedure.WRITTEN);
        assertThatThrownBy(() -> new CloseBallot(UUID.randomUUID(), VoteChoice.ABSTAIN))
                .hasMessage("a casting vote is yes or no");
    }

    @Test
    void quorum_rules_count_seats() {
        assertThat(QuorumRule.MAJORITY_OF_SEATS.required(13)).isEqualTo(7);
        assertThat(QuorumRule.MAJORITY_OF_SEATS.required(12)).isEqualTo(7);
        assertThat(QuorumRule.TWO_THIRDS_OF_SEATS.required(13)).isEqualTo(9);
        assertThat(QuorumRule.TWO_THIRDS_OF_SEATS.required(12)).isEqualTo(8);
        assertThat(QuorumRule.NONE.required(13)).isZero();
    }

    @Test
    void no_token_or_account_can_claim_the_process_role() {
        assertThat(Role.parse("PROCESS")).isEmpty();
        assertThat(Role.parse("role_delegate")).contains(Role.DELEGATE);
        assertThat(Role.parseAny("PROCESS")).contains(Role.PROCESS);
    }

    @Test
    void a_tally_counts_each_choice() {
        Tally tally = Tally.EMPTY.plus(VoteChoice.YES).plus(VoteChoice.YES).plus(VoteChoice.ABSTAIN);
        assertThat(tally).isEqualTo(new Tally(2, 0, 1));
        assertThat(tally.cast()).isEqualTo(3);
    }
}
