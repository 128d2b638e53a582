package org.gsef.governance.command.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.DeclareConflictOfInterest;
import org.gsef.governance.kernel.committee.CommitteeCommand.EraseAdvisorName;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordAdvisor;
import org.gsef.governance.kernel.committee.CommitteeCommand.RecordCommitteeDecision;
import org.gsef.governance.kernel.committee.CommitteeCommand.RetireSeat;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorNameErased;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.CommitteeDecisionRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.ConflictOfInterestDeclared;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRuleAdopted;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRulesRecorded;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.testing.InMemoryVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitteeTest {

    static final Instant NOW = Instant.parse("2019-01-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2019, 1, 10);
    static final UUID BAMAKO = UUID.fromString("0a000000-0000-0000-0000-0000000000b1");
    static final SeatEstablished BAMAKO_SEAT =
            new SeatEstablished("bamako-city", "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR, NOW, TODAY);

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Committee.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void the_first_seat_creates_the_committee_and_a_seat_exists_once() {
        fixture.givenNoPriorActivity()
                .when(new EstablishSeat(new SeatId("bamako-city"), "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR))
                .expectEvents(BAMAKO_SEAT);
        fixture.given(BAMAKO_SEAT)
                .when(new EstablishSeat(new SeatId("bamako-city"), "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_seats_delegate_can_change_and_each_change_names_the_previous_one() {
        fixture.given(BAMAKO_SEAT, new DelegateAppointed("bamako-city", "u-1", null, NOW, TODAY))
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-2"))
                .expectEvents(new DelegateAppointed("bamako-city", "u-2", "u-1", NOW, TODAY));
        fixture.given(BAMAKO_SEAT, new DelegateAppointed("bamako-city", "u-1", null, NOW, TODAY))
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-1"))
                .expectNoEvents();
        fixture.given(BAMAKO_SEAT)
                .when(new AppointDelegate(new SeatId("ripess"), "u-3"))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_conflict_of_interest_is_declared_once_for_an_active_seat() {
        UUID application = UUID.fromString("0a000000-0000-0000-0000-0000000000c1");
        fixture.given(BAMAKO_SEAT)
                .when(new DeclareConflictOfInterest(new SeatId("bamako-city"), application, "same city"))
                .expectEvents(new ConflictOfInterestDeclared("bamako-city", application, "same city", NOW));
        fixture.given(BAMAKO_SEAT, new ConflictOfInterestDeclared("bamako-city", application, "same city", NOW))
                .when(new DeclareConflictOfInterest(new SeatId("bamako-city"), application, "again"))
                .expectNoEvents();
        fixture.given(BAMAKO_SEAT)
                .when(new DeclareConflictOfInterest(new SeatId("ripess"), application, "no such seat"))
                .expectException(RuleViolation.class);
    }

    @Test
    void the_standing_rules_are_recorded_once_and_replaced_only_by_the_ballot_that_adopted_a_change() {
        Committee committee = new Committee();
        committee.on(BAMAKO_SEAT);
        StandingRule initial = new StandingRule(
                new VotingRule(QuorumRule.MAJORITY_OF_SEATS, MajorityRule.SIMPLE_MAJORITY_OF_VOTES_CAST, TieRule.FAILS),
                Duration.ofDays(7));
        committee.on(new StandingRulesRecorded(Map.of(DecisionType.ADMISSION, initial), "configuration", NOW));
        assertThat(committee.standingRule(DecisionType.ADMISSION)).contains(new Committee.RuleInForce(initial, null));
        assertThat(committee.standingRule(DecisionType.RESOLUTION)).isEmpty();

        UUID ballot = UUID.fromString("0b000000-0000-0000-0000-0000000000d1");
        StandingRule twoThirds = new StandingRule(
                new VotingRule(QuorumRule.TWO_THIRDS_OF_SEATS, MajorityRule.TWO_THIRDS_OF_VOTES_CAST, TieRule.FAILS),
                Duration.ofDays(10));
        committee.on(new StandingRuleAdopted(DecisionType.ADMISSION, twoThirds, ballot, NOW));
        assertThat(committee.standingRule(DecisionType.ADMISSION))
                .contains(new Committee.RuleInForce(twoThirds, ballot));
    }

    @Test
    void one_person_represents_one_seat_so_nobody_casts_two_votes() {
        SeatEstablished ripess =
                new SeatEstablished("ripess", "RIPESS", null, SeatOffice.INTERNATIONAL_NETWORK, NOW, TODAY);
        fixture.given(BAMAKO_SEAT, ripess, new DelegateAppointed("bamako-city", "u-1", null, NOW, TODAY))
                .when(new AppointDelegate(new SeatId("ripess"), "u-1"))
                .expectNoEvents()
                .expectException(RuleViolation.class);
        fixture.given(BAMAKO_SEAT, ripess, new DelegateAppointed("bamako-city", "u-1", null, NOW, TODAY))
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-1"))
                .expectNoEvents();
    }

    @Test
    void a_seat_held_before_is_entered_with_the_day_it_took_effect_but_never_a_later_day() {
        LocalDate january2019 = LocalDate.of(2019, 1, 1);
        fixture.givenNoPriorActivity()
                .when(new EstablishSeat(
                        new SeatId("bamako-city"), "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR, january2019))
                .expectEvents(new SeatEstablished(
                        "bamako-city", "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR, NOW, january2019));
        fixture.given(BAMAKO_SEAT)
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-1", january2019))
                .expectEvents(new DelegateAppointed("bamako-city", "u-1", null, NOW, january2019));
        fixture.givenNoPriorActivity()
                .when(new EstablishSeat(
                        new SeatId("bamako-city"), "Ville de Bamako", BAMAKO, SeatOffice.VICE_CHAIR, TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class);
        fixture.given(BAMAKO_SEAT)
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-1", TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class);
        fixture.given(BAMAKO_SEAT)
                .when(new RetireSeat(new SeatId("bamako-city"), "term ended", TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void a_retired_seat_takes_no_delegate() {
        fixture.given(BAMAKO_SEAT)
                .when(new RetireSeat(new SeatId("bamako-city"), "term ended"))
                .expectEvents(new SeatRetired("bamako-city", "term ended", NOW, TODAY));
        fixture.given(BAMAKO_SEAT, new SeatRetired("bamako-city", "term ended", NOW, TODAY))
                .when(new AppointDelegate(new SeatId("bamako-city"), "u-1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void an_advisor_is_recorded_once_with_the_name_sealed() {
        UUID advisor = UUID.randomUUID();
        SealedPersonalData name = new SealedPersonalData(advisor, "c2VhbGVkLWFkdmlzb3ItbmFtZQ==");
        fixture.given(BAMAKO_SEAT)
                .when(new RecordAdvisor(advisor, name, 2018))
                .expectEvents(new AdvisorRecorded(advisor, name, 2018, NOW));
        fixture.given(BAMAKO_SEAT, new AdvisorRecorded(advisor, name, 2018, NOW))
                .when(new RecordAdvisor(advisor, name, 2018))
                .expectException(RuleViolation.class);
    }

    @Test
    void erasing_an_advisors_name_deletes_its_key_records_the_erasure_and_finds_nothing_the_second_time() {
        try (InMemoryVault keys = new InMemoryVault(Clock.fixed(NOW, ZoneOffset.UTC))) {
            UUID advisor = UUID.randomUUID();
            SealedPersonalData name = keys.vault().seal(advisor, "Advisor Example");
            fixture.registerInjectableResource(keys.vault());
            fixture.given(BAMAKO_SEAT, new AdvisorRecorded(advisor, name, 2018, NOW))
                    .when(new EraseAdvisorName(advisor, "request of the person"))
                    .expectEvents(new AdvisorNameErased(advisor, "request of the person", NOW));
            assertThat(keys.vault().unseal(name)).as("the name reads as erased").isEmpty();
            fixture.given(BAMAKO_SEAT, new AdvisorRecorded(advisor, name, 2018, NOW))
                    .when(new EraseAdvisorName(advisor, "again"))
                    .expectException(RuleViolation.class);
            fixture.given(BAMAKO_SEAT)
                    .when(new EraseAdvisorName(UUID.randomUUID(), "nobody"))
                    .expectException(RuleViolation.class);
        }
    }

    @Test
    void a_decision_enters_the_register_once() {
        UUID ballot = UUID.randomUUID();
        BallotSubject resolution = new BallotSubject(DecisionType.RESOLUTION, null, "Adopt the 2019 budget");
        fixture.given(BAMAKO_SEAT)
                .when(new RecordCommitteeDecision(ballot, resolution))
                .expectEvents(new CommitteeDecisionRecorded(ballot, resolution, NOW));
        fixture.given(BAMAKO_SEAT, new CommitteeDecisionRecorded(ballot, resolution, NOW))
                .when(new RecordCommitteeDecision(ballot, resolution))
                .expectNoEvents();
    }
}
