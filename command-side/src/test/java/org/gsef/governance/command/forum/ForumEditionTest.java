package org.gsef.governance.command.forum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.forum.ForumCommand.AdoptTheme;
import org.gsef.governance.kernel.forum.ForumCommand.CancelMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.DefineOrganizingGovernance;
import org.gsef.governance.kernel.forum.ForumCommand.DraftHostAgreement;
import org.gsef.governance.kernel.forum.ForumCommand.FixEditionDates;
import org.gsef.governance.kernel.forum.ForumCommand.FlagMilestoneAtRisk;
import org.gsef.governance.kernel.forum.ForumCommand.LaunchLocalOrganizingCommittee;
import org.gsef.governance.kernel.forum.ForumCommand.PlanMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.PrepareEdition;
import org.gsef.governance.kernel.forum.ForumCommand.ProposeTheme;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPreparatoryMeeting;
import org.gsef.governance.kernel.forum.ForumCommand.ReportMilestoneProgress;
import org.gsef.governance.kernel.forum.ForumCommand.RescheduleMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.SignHostAgreement;
import org.gsef.governance.kernel.forum.ForumEvent.EditionDatesFixed;
import org.gsef.governance.kernel.forum.ForumEvent.EditionPreparationStarted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementDrafted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementSigned;
import org.gsef.governance.kernel.forum.ForumEvent.LocalOrganizingCommitteeLaunched;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCancelled;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCompleted;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneFlaggedAtRisk;
import org.gsef.governance.kernel.forum.ForumEvent.MilestonePlanned;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneProgressReported;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneRescheduled;
import org.gsef.governance.kernel.forum.ForumEvent.OrganizingGovernanceDefined;
import org.gsef.governance.kernel.forum.ForumEvent.PastEditionRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.PreparatoryMeetingRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeAdopted;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeProposed;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForumEditionTest {

    static final Instant NOW = Instant.parse("2019-07-08T12:00:00Z");
    static final UUID ID = UUID.fromString("0f000000-0000-0000-0000-000000002020");
    static final LocalDate JULY_9 = LocalDate.of(2019, 7, 9);
    static final List<String> PARTIES = List.of("Mexico City Government", "GSEF");

    private FixtureConfiguration<ForumEdition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ForumEdition.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static EditionPreparationStarted preparing() {
        return new EditionPreparationStarted(ID, "GSEF2020", "Mexico City", "MX", null, null, NOW);
    }

    static MilestonePlanned planned() {
        return new MilestonePlanned(ID, "host-agreement", "Sign the host agreement", "Secretariat", JULY_9, NOW);
    }

    @Test
    void starts_preparing_an_edition_in_its_host_city() {
        fixture.givenNoPriorActivity()
                .when(new PrepareEdition(ID, "GSEF2020", "Mexico City", "MX", null, null))
                .expectEvents(preparing());
    }

    @Test
    void the_host_agreement_is_drafted_then_signed_by_named_parties_on_a_date() {
        fixture.given(preparing())
                .when(new SignHostAgreement(ID, PARTIES, JULY_9, "Mexico City"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(preparing())
                .when(new DraftHostAgreement(ID, PARTIES))
                .expectEvents(new HostAgreementDrafted(ID, PARTIES, NOW));
        fixture.given(preparing(), new HostAgreementDrafted(ID, PARTIES, NOW))
                .when(new SignHostAgreement(ID, PARTIES, JULY_9, "Mexico City"))
                .expectEvents(new HostAgreementSigned(ID, PARTIES, JULY_9, "Mexico City", NOW));
        fixture.given(
                        preparing(),
                        new HostAgreementDrafted(ID, PARTIES, NOW),
                        new HostAgreementSigned(ID, PARTIES, JULY_9, "Mexico City", NOW))
                .when(new SignHostAgreement(ID, PARTIES, JULY_9, "Mexico City"))
                .expectException(RuleViolation.class);
    }

    @Test
    void launches_the_local_organizing_committee_with_its_members() {
        fixture.given(preparing())
                .when(new LaunchLocalOrganizingCommittee(ID, List.of("Mexico City Government"), JULY_9))
                .expectEvents(new LocalOrganizingCommitteeLaunched(ID, List.of("Mexico City Government"), JULY_9, NOW));
    }

    @Test
    void a_theme_is_adopted_only_after_it_was_proposed_and_only_once_per_ballot() {
        UUID ballot = UUID.randomUUID();
        fixture.given(preparing())
                .when(new AdoptTheme(ID, ballot, "Social economy for cities"))
                .expectException(RuleViolation.class);
        fixture.given(preparing())
                .when(new ProposeTheme(ID, "Social economy for cities"))
                .expectEvents(new ThemeProposed(ID, "Social economy for cities", NOW));
        fixture.given(preparing(), new ThemeProposed(ID, "Social economy for cities", NOW))
                .when(new AdoptTheme(ID, ballot, "Social economy for cities"))
                .expectEvents(new ThemeAdopted(ID, ballot, "Social economy for cities", NOW));
        fixture.given(
                        preparing(),
                        new ThemeProposed(ID, "Social economy for cities", NOW),
                        new ThemeAdopted(ID, ballot, "Social economy for cities", NOW))
                .when(new AdoptTheme(ID, ballot, "Social economy for cities"))
                .expectNoEvents();
    }

    @Test
    void a_past_edition_is_part_of_the_record_and_does_not_change() {
        fixture.given(new PastEditionRecorded(ID, "GSEF2013", 2013, "Seoul", "KR", null, null, "Collaboration", null))
                .when(new ProposeTheme(ID, "another"))
                .expectException(RuleViolation.class);
    }

    @Test
    void records_the_dates_the_governance_and_the_preparatory_meetings() {
        LocalDate october = LocalDate.of(2020, 10, 19);
        fixture.given(preparing())
                .when(new FixEditionDates(ID, october, october.plusDays(2)))
                .expectEvents(new EditionDatesFixed(ID, october, october.plusDays(2), NOW));
        fixture.given(preparing())
                .when(new DefineOrganizingGovernance(ID, "Co-organized by Mexico City and the GSEF secretariat"))
                .expectEvents(new OrganizingGovernanceDefined(
                        ID, "Co-organized by Mexico City and the GSEF secretariat", NOW));
        LocalDate march = LocalDate.of(2019, 3, 25);
        fixture.given(preparing())
                .when(new RecordPreparatoryMeeting(ID, march, march.plusDays(4), "Mexico City", "First visit"))
                .expectEvents(new PreparatoryMeetingRecorded(
                        ID, march, march.plusDays(4), "Mexico City", "First visit", NOW));
    }

    @Test
    void a_milestone_is_flagged_at_risk_with_a_reason() {
        fixture.given(preparing(), planned())
                .when(new FlagMilestoneAtRisk(ID, "host-agreement", "legal review pending"))
                .expectEvents(new MilestoneFlaggedAtRisk(ID, "host-agreement", "legal review pending", NOW));
    }

    @Test
    void full_progress_completes_a_milestone() {
        fixture.given(preparing(), planned())
                .when(new ReportMilestoneProgress(ID, "host-agreement", 100, "signed", JULY_9))
                .expectEvents(
                        new MilestoneProgressReported(ID, "host-agreement", 100, "signed", JULY_9, NOW),
                        new MilestoneCompleted(ID, "host-agreement", JULY_9, NOW));
    }

    @Test
    void rescheduling_keeps_the_previous_date_and_the_reason() {
        fixture.given(preparing(), planned())
                .when(new RescheduleMilestone(ID, "host-agreement", JULY_9.plusMonths(2), "mayoral transition"))
                .expectEvents(new MilestoneRescheduled(
                        ID, "host-agreement", JULY_9, JULY_9.plusMonths(2), "mayoral transition", NOW));
    }

    @Test
    void a_done_or_cancelled_milestone_does_not_change_and_an_unknown_one_is_refused() {
        fixture.given(preparing(), planned(), new MilestoneCancelled(ID, "host-agreement", "merged", NOW))
                .when(new ReportMilestoneProgress(ID, "host-agreement", 50, null, JULY_9))
                .expectException(RuleViolation.class);
        fixture.given(preparing(), planned(), new MilestoneCompleted(ID, "host-agreement", JULY_9, NOW))
                .when(new CancelMilestone(ID, "host-agreement", "too late"))
                .expectException(RuleViolation.class);
        fixture.given(preparing()).when(new CancelMilestone(ID, "nothing", "x")).expectException(RuleViolation.class);
        fixture.given(preparing(), planned())
                .when(new PlanMilestone(ID, "host-agreement", "again", "x", JULY_9))
                .expectException(RuleViolation.class);
    }
}
