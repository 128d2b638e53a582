package org.gsef.governance.command.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.CompleteApplicationReview;
import org.gsef.governance.kernel.membership.ApplicationCommand.EraseApplicationContact;
import org.gsef.governance.kernel.membership.ApplicationCommand.RecordAdmissionDecision;
import org.gsef.governance.kernel.membership.ApplicationCommand.ResubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReturnApplicationForInformation;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.WithdrawMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationContactErased;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationDeferred;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationPutToCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.platform.testing.InMemoryVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembershipApplicationTest {

    static final Instant NOW = Instant.parse("2019-07-08T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2019, 7, 8);
    static final UUID ID = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c001");
    static final UUID BALLOT = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c0b1");
    static final Organisation LIVERPOOL = new Organisation(
            "Liverpool City Region",
            OrganisationKind.LOCAL_GOVERNMENT,
            "GB",
            Region.EUROPE,
            "Liverpool",
            OfficialLanguage.ENGLISH);
    static final SealedPersonalData CONTACT = new SealedPersonalData(
            UUID.fromString("00000000-0000-0000-0000-00000000c0de"), "c2VhbGVkLWNvbnRhY3QtZGF0YQ==");

    private FixtureConfiguration<MembershipApplication> fixture;
    private OrganisationRegistry registry;

    @BeforeEach
    void setUp() {
        registry = Registries.fresh();
        fixture = new AggregateTestFixture<>(MembershipApplication.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(registry);
    }

    static MembershipApplicationSubmitted submitted() {
        return new MembershipApplicationSubmitted(ID, LIVERPOOL, null, CONTACT, SubmissionChannel.SECRETARIAT, NOW);
    }

    static ApplicationReviewCompleted reviewed() {
        return new ApplicationReviewCompleted(ID, NOW);
    }

    static ApplicationPutToCommittee beforeCommittee() {
        return new ApplicationPutToCommittee(ID, BALLOT, NOW);
    }

    private static java.util.Map<String, ?> as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    private static final Actor SECRETARIAT = Actor.of("secretariat", Set.of(Role.SECRETARIAT));

    @Test
    void records_a_submission_with_the_contact_sealed() {
        fixture.givenNoPriorActivity()
                .when(new SubmitMembershipApplication(
                        ID, LIVERPOOL, null, CONTACT, SubmissionChannel.SECRETARIAT, null))
                .expectEvents(submitted());
    }

    @Test
    void the_secretariat_returns_an_incomplete_application_and_the_applicant_resubmits_it() {
        fixture.given(submitted())
                .when(new ReturnApplicationForInformation(ID, "Statutes missing"))
                .expectEvents(new ApplicationReturnedForInformation(ID, "Statutes missing", NOW));
        fixture.given(submitted(), new ApplicationReturnedForInformation(ID, "Statutes missing", NOW))
                .when(
                        new ResubmitMembershipApplication(ID, LIVERPOOL, CONTACT, null),
                        as(new Actor("rep", Set.of(Role.MEMBER_REPRESENTATIVE), null, ID.toString())))
                .expectEvents(new MembershipApplicationResubmitted(ID, LIVERPOOL, CONTACT, NOW));
    }

    @Test
    void a_representative_of_another_organisation_cannot_resubmit_or_withdraw() {
        Actor stranger = new Actor(
                "rep",
                Set.of(Role.MEMBER_REPRESENTATIVE),
                null,
                UUID.randomUUID().toString());
        fixture.given(submitted(), new ApplicationReturnedForInformation(ID, "Statutes missing", NOW))
                .when(new ResubmitMembershipApplication(ID, LIVERPOOL, CONTACT, null), as(stranger))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(submitted())
                .when(new WithdrawMembershipApplication(ID, "changed our mind"), as(stranger))
                .expectException(RuleViolation.class);
    }

    @Test
    void only_a_submitted_application_can_be_reviewed_and_only_a_returned_one_resubmitted() {
        fixture.given(submitted()).when(new CompleteApplicationReview(ID)).expectEvents(reviewed());
        fixture.given(submitted(), reviewed())
                .when(new CompleteApplicationReview(ID))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(submitted())
                .when(new ResubmitMembershipApplication(ID, LIVERPOOL, null, null), as(SECRETARIAT))
                .expectException(RuleViolation.class);
    }

    @Test
    void can_be_withdrawn_at_any_time_before_the_decision_but_not_after() {
        fixture.given(submitted(), reviewed(), beforeCommittee())
                .when(new WithdrawMembershipApplication(ID, "merged with another network"), as(SECRETARIAT))
                .expectEvents(new MembershipApplicationWithdrawn(ID, "merged with another network", NOW));
        fixture.given(submitted(), reviewed(), beforeCommittee(), new ApplicationRejected(ID, BALLOT, NOW))
                .when(new WithdrawMembershipApplication(ID, "too late"), as(SECRETARIAT))
                .expectException(RuleViolation.class);
    }

    @Test
    void the_ballot_result_admits_the_applicant_and_names_its_member_identifier() {
        fixture.given(submitted(), reviewed(), beforeCommittee())
                .when(new RecordAdmissionDecision(ID, BALLOT, ApplicationStatus.ADMITTED, DAY))
                .expectEvents(new ApplicationAdmitted(
                        ID, BALLOT, MembershipApplication.memberIdFor(ID), LIVERPOOL, NOW, DAY));
    }

    @Test
    void the_ballot_result_rejects_or_defers_and_a_deferred_application_can_go_back_to_the_committee() {
        fixture.given(submitted(), reviewed(), beforeCommittee())
                .when(new RecordAdmissionDecision(ID, BALLOT, ApplicationStatus.REJECTED, DAY))
                .expectEvents(new ApplicationRejected(ID, BALLOT, NOW));
        fixture.given(submitted(), reviewed(), beforeCommittee())
                .when(new RecordAdmissionDecision(ID, BALLOT, ApplicationStatus.DEFERRED, DAY))
                .expectEvents(new ApplicationDeferred(ID, BALLOT, NOW));
    }

    @Test
    void erasing_the_contact_deletes_its_key_records_the_erasure_and_a_second_erasure_finds_nothing() {
        InMemoryVault keys = new InMemoryVault(Clock.fixed(NOW, ZoneOffset.UTC));
        PersonalDataVault vault = keys.vault();
        UUID person = UUID.randomUUID();
        SealedPersonalData contact = vault.seal(person, "Jo Example\njo@example.org");
        fixture.registerInjectableResource(vault);
        fixture.given(new MembershipApplicationSubmitted(
                        ID, LIVERPOOL, null, contact, SubmissionChannel.SECRETARIAT, NOW))
                .when(new EraseApplicationContact(ID, "request of the person, 2019-08-01"))
                .expectEvents(
                        new ApplicationContactErased(ID, List.of(person), "request of the person, 2019-08-01", NOW));
        assertThat(vault.unseal(contact)).as("the contact reads as erased").isEmpty();
        fixture.given(
                        new MembershipApplicationSubmitted(
                                ID, LIVERPOOL, null, contact, SubmissionChannel.SECRETARIAT, NOW),
                        new ApplicationContactErased(ID, List.of(person), "request", NOW))
                .when(new EraseApplicationContact(ID, "again"))
                .expectException(RuleViolation.class);
        keys.close();
    }

    @Test
    void a_repeated_late_or_foreign_decision_changes_nothing() {
        fixture.given(submitted(), reviewed(), beforeCommittee(), new ApplicationRejected(ID, BALLOT, NOW))
                .when(new RecordAdmissionDecision(ID, BALLOT, ApplicationStatus.REJECTED, DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(submitted(), reviewed(), beforeCommittee())
                .when(new RecordAdmissionDecision(ID, UUID.randomUUID(), ApplicationStatus.ADMITTED, DAY))
                .expectNoEvents();
        fixture.given(submitted(), reviewed(), beforeCommittee(), new MembershipApplicationWithdrawn(ID, "gone", NOW))
                .when(new RecordAdmissionDecision(ID, BALLOT, ApplicationStatus.ADMITTED, DAY))
                .expectNoEvents();
    }
}
