package org.gsef.governance.command.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.AdmissionDecided;
import org.gsef.governance.kernel.membership.AdmissionOutcome;
import org.gsef.governance.kernel.membership.AdmissionVoteCast;
import org.gsef.governance.kernel.membership.AdmissionVoteRefused;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembershipApplicationTest {

    private static final Instant NOW = Instant.parse("2019-07-08T10:00:00Z");
    private static final UUID ID = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c001");

    private FixtureConfiguration<MembershipApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MembershipApplication.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static MembershipApplicationSubmitted submitted() {
        return new MembershipApplicationSubmitted(
                ID,
                "Liverpool City Region",
                OrganisationKind.LOCAL_GOVERNMENT,
                "GB",
                Region.EUROPE,
                "Liverpool",
                OfficialLanguage.ENGLISH,
                NOW);
    }

    private static AdmissionVoteCast voted(String seat, VoteChoice choice) {
        return new AdmissionVoteCast(ID, seat, choice, NOW);
    }

    private static CastAdmissionVote vote(String seat, VoteChoice choice) {
        return new CastAdmissionVote(ID, new SeatId(seat), choice);
    }

    private static Map<String, ?> delegateOf(String seat) {
        return ActorMetaData.of(new Actor("delegate-" + seat, Set.of(Role.DELEGATE), seat, null));
    }

    @Test
    void records_a_submitted_application_with_its_organisation() {
        fixture.givenNoPriorActivity()
                .when(new SubmitMembershipApplication(
                        ID,
                        "  Liverpool City Region ",
                        OrganisationKind.LOCAL_GOVERNMENT,
                        new CountryCode("gb"),
                        Region.EUROPE,
                        "Liverpool",
                        OfficialLanguage.ENGLISH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted());
    }

    @Test
    void records_a_vote_from_a_seat() {
        fixture.given(submitted())
                .when(vote("seoul-city", VoteChoice.YES), delegateOf("seoul-city"))
                .expectEvents(voted("seoul-city", VoteChoice.YES))
                .expectResultMessagePayload(CommandOutcome.ACCEPTED);
    }

    @Test
    void records_and_refuses_a_vote_for_a_seat_the_delegate_does_not_represent() {
        fixture.given(submitted())
                .when(vote("bilbao-city", VoteChoice.YES), delegateOf("seoul-city"))
                .expectEvents(new AdmissionVoteRefused(ID, "bilbao-city", "not-delegate-of-seat", NOW))
                .expectResultMessagePayload(CommandOutcome.refused("not-delegate-of-seat"));
    }

    @Test
    void records_and_refuses_a_vote_from_someone_who_is_not_a_delegate() {
        fixture.given(submitted())
                .when(
                        vote("seoul-city", VoteChoice.YES),
                        ActorMetaData.of(new Actor("secretariat", Set.of(Role.SECRETARIAT), "seoul-city", null)))
                .expectEvents(new AdmissionVoteRefused(ID, "seoul-city", "not-delegate-of-seat", NOW));
    }

    @Test
    void refuses_a_vote_that_names_no_actor() {
        fixture.given(submitted())
                .when(vote("seoul-city", VoteChoice.YES))
                .expectEvents(new AdmissionVoteRefused(ID, "seoul-city", "not-delegate-of-seat", NOW));
    }

    @Test
    void rejects_a_second_vote_from_the_same_seat() {
        fixture.given(submitted(), voted("seoul-city", VoteChoice.YES))
                .when(vote("seoul-city", VoteChoice.NO), delegateOf("seoul-city"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("seat seoul-city has already voted");
    }

    @Test
    void admits_when_more_seats_vote_yes_than_no_and_abstentions_do_not_count() {
        fixture.given(
                        submitted(),
                        voted("seoul-city", VoteChoice.YES),
                        voted("bilbao-city", VoteChoice.YES),
                        voted("ripess", VoteChoice.NO),
                        voted("avpn", VoteChoice.ABSTAIN),
                        voted("apay", VoteChoice.ABSTAIN))
                .when(new DecideAdmission(ID))
                .expectEvents(new AdmissionDecided(
                        ID, AdmissionOutcome.ADMITTED, new Tally(2, 1, 2), "simple-majority-of-votes-cast", NOW));
    }

    @Test
    void rejects_the_applicant_on_a_tie() {
        fixture.given(submitted(), voted("seoul-city", VoteChoice.YES), voted("ripess", VoteChoice.NO))
                .when(new DecideAdmission(ID))
                .expectEvents(new AdmissionDecided(
                        ID, AdmissionOutcome.REJECTED, new Tally(1, 1, 0), "simple-majority-of-votes-cast", NOW));
    }

    @Test
    void refuses_to_decide_before_any_vote() {
        fixture.given(submitted())
                .when(new DecideAdmission(ID))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void refuses_votes_once_decided() {
        fixture.given(
                        submitted(),
                        voted("seoul-city", VoteChoice.YES),
                        new AdmissionDecided(
                                ID,
                                AdmissionOutcome.ADMITTED,
                                new Tally(1, 0, 0),
                                "simple-majority-of-votes-cast",
                                NOW))
                .when(vote("ripess", VoteChoice.NO), delegateOf("ripess"))
                .expectNoEvents()
                .expectExceptionMessage("the application " + ID + " is decided");
    }

    @Test
    void the_majority_rule_admits_only_on_more_yes_than_no() {
        AdmissionRule rule = SimpleMajorityOfVotesCast.INSTANCE;
        assertThat(rule.decide(new Tally(3, 2, 8))).isEqualTo(AdmissionOutcome.ADMITTED);
        assertThat(rule.decide(new Tally(2, 2, 0))).isEqualTo(AdmissionOutcome.REJECTED);
        assertThat(rule.decide(new Tally(0, 0, 5))).isEqualTo(AdmissionOutcome.REJECTED);
    }
}
