package org.gsef.governance.command.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.BALLOT;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.BAMAKO;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.BAMAKO_MEMBER;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.DAY;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.MAY;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.NOW;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.bamakoMember;
import static org.gsef.governance.command.membership.OneOrganisationOneMembershipTest.city;
import static org.gsef.governance.command.membership.Registries.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.gsef.governance.command.membership.OrganisationRegistry.RecordKind;
import org.gsef.governance.command.membership.OrganisationRegistry.Registration;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.ApplicationEvent;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.OrganisationDistinctnessStated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.junit.jupiter.api.Test;

/** The registry as it follows the events, on H2 as the embedded run has it; PostgreSQL is OrganisationRegistryIT's. */
class OrganisationRegistryTest {

    static final UUID FIRST = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c201");
    static final UUID SECOND = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c202");
    static final OrganisationKey BAMAKO_KEY = OrganisationKey.of(BAMAKO);
    static final Organisation DAKAR = city("Ville de Dakar", "SN", Region.AFRICA, "Dakar");

    private final OrganisationRegistry registry = Registries.fresh();

    static MembershipApplicationSubmitted application(UUID id, Organisation organisation) {
        return new MembershipApplicationSubmitted(id, organisation, null, null, SubmissionChannel.SECRETARIAT, NOW);
    }

    private Optional<Registration> holder(Organisation organisation) {
        return registry.holderOf(OrganisationKey.of(organisation), null);
    }

    @Test
    void a_second_claim_of_an_organisation_is_refused_naming_the_first() {
        given(registry, application(FIRST, DAKAR));
        RuleViolation refused = catchThrowableOfType(
                RuleViolation.class,
                () -> given(registry, application(SECOND, city("City of Dakar", "SN", Region.AFRICA, "Dakar"))));
        assertThat(refused.refusal()).isEqualTo(Refusal.ORGANISATION_APPLICATION_IN_PROGRESS);
        assertThat(refused.properties()).containsEntry(RegistryRefusals.EXISTING_RECORD_ID, FIRST);
        assertThat(holder(DAKAR)).contains(new Registration(FIRST, RecordKind.APPLICATION));
    }

    @Test
    void the_admitted_application_hands_its_claim_to_the_member_it_creates() {
        UUID member = MembershipApplication.memberIdFor(FIRST);
        given(registry, application(FIRST, DAKAR), new ApplicationAdmitted(FIRST, BALLOT, member, DAKAR, NOW, DAY));
        assertThat(holder(DAKAR)).contains(new Registration(member, RecordKind.MEMBER));
        assertThat(registry.memberStatus(member)).contains(MemberStatus.ACTIVE);
        given(registry, new MemberAdmitted(member, FIRST, BALLOT, DAKAR, MAY));
        assertThat(holder(DAKAR)).contains(new Registration(member, RecordKind.MEMBER));
        given(registry, new MemberSuspended(member, "dues", MAY));
        assertThat(registry.memberStatus(member)).contains(MemberStatus.SUSPENDED);
        given(registry, new MemberLeft(member, "gone", MAY));
        assertThat(holder(DAKAR)).isEmpty();
        assertThat(registry.memberStatus(member)).isEmpty();
    }

    @Test
    void a_resubmission_under_another_organisation_frees_the_first_and_claims_the_second() {
        given(
                registry,
                application(FIRST, DAKAR),
                new ApplicationReturnedForInformation(FIRST, "which city?", NOW),
                new MembershipApplicationResubmitted(FIRST, BAMAKO, null, NOW));
        assertThat(holder(DAKAR)).isEmpty();
        assertThat(holder(BAMAKO)).contains(new Registration(FIRST, RecordKind.APPLICATION));
        assertThat(registry.holderOf(BAMAKO_KEY, FIRST))
                .as("a record is not its own namesake")
                .isEmpty();
    }

    @Test
    void a_namesake_stated_distinct_in_the_same_command_holds_the_key_beside_the_member() {
        given(registry, bamakoMember());
        MembershipApplicationSubmitted submitted = application(FIRST, BAMAKO);
        OrganisationDistinctnessStated stated =
                new OrganisationDistinctnessStated(FIRST, BAMAKO_MEMBER, "the district council", NOW);
        new BatchingUnitOfWork<>(List.of(asEventMessage(submitted), asEventMessage(stated)))
                .execute(() -> registry.on(
                        (ApplicationEvent) CurrentUnitOfWork.get().getMessage().getPayload()));

        assertThat(holder(BAMAKO)).contains(new Registration(BAMAKO_MEMBER, RecordKind.MEMBER));
        assertThat(registry.holderOf(BAMAKO_KEY, BAMAKO_MEMBER))
                .contains(new Registration(FIRST, RecordKind.APPLICATION));
        given(registry, new MemberLeft(BAMAKO_MEMBER, "merged", MAY));
        assertThat(holder(BAMAKO))
                .as("the namesake still holds the organisation's key")
                .contains(new Registration(FIRST, RecordKind.APPLICATION));
    }

    @Test
    void a_statement_about_another_application_does_not_let_a_submission_through() {
        given(registry, bamakoMember());
        MembershipApplicationSubmitted submitted = application(FIRST, BAMAKO);
        OrganisationDistinctnessStated elsewhere =
                new OrganisationDistinctnessStated(SECOND, BAMAKO_MEMBER, "another application's statement", NOW);
        RuleViolation refused = catchThrowableOfType(
                RuleViolation.class,
                () -> new BatchingUnitOfWork<>(List.of(asEventMessage(submitted), asEventMessage(elsewhere)))
                        .execute(() -> registry.on((ApplicationEvent)
                                CurrentUnitOfWork.get().getMessage().getPayload())));
        assertThat(refused.refusal()).isEqualTo(Refusal.ORGANISATION_ALREADY_MEMBER);
        assertThat(registry.holderOf(BAMAKO_KEY, BAMAKO_MEMBER)).isEmpty();
    }

    @Test
    void filling_from_history_keeps_the_duplicates_a_store_already_holds_and_skips_other_events() {
        UUID duplicateMember = MembershipApplication.memberIdFor(SECOND);
        Stream<EventMessage<?>> history = Stream.of(
                asEventMessage(bamakoMember()),
                asEventMessage(new BallotOpened(
                        BALLOT, null, null, null, null, null, List.of(), List.of(), Map.of(), List.of(), NOW, null)),
                asEventMessage(application(FIRST, DAKAR)),
                asEventMessage(application(SECOND, city("City of Bamako", "ML", Region.AFRICA, "Bamako"))),
                asEventMessage(new ApplicationAdmitted(SECOND, BALLOT, duplicateMember, BAMAKO, NOW, DAY)),
                asEventMessage(new MemberAdmitted(duplicateMember, SECOND, BALLOT, BAMAKO, MAY)),
                asEventMessage(new MemberImported(UUID.randomUUID(), DAKAR, null, "a list with Dakar again")));

        assertThat(registry.fill(history)).as("membership events read").isEqualTo(6);

        assertThat(holder(BAMAKO)).contains(new Registration(BAMAKO_MEMBER, RecordKind.MEMBER));
        assertThat(registry.holderOf(BAMAKO_KEY, BAMAKO_MEMBER))
                .contains(new Registration(duplicateMember, RecordKind.MEMBER));
        assertThat(registry.memberStatus(duplicateMember)).contains(MemberStatus.ACTIVE);
        assertThat(holder(DAKAR)).contains(new Registration(FIRST, RecordKind.APPLICATION));
        given(registry, new MemberLeft(BAMAKO_MEMBER, "merged", MAY));
        assertThat(holder(BAMAKO)).contains(new Registration(duplicateMember, RecordKind.MEMBER));
    }
}
