package org.gsef.governance.command.membership;

import static org.gsef.governance.command.membership.Registries.given;
import static org.gsef.governance.command.membership.Registries.refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.command.membership.OrganisationRegistry.RecordKind;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.ResubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationDeferred;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationPutToCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationEvent.OrganisationDistinctnessStated;
import org.gsef.governance.kernel.membership.DistinctnessStatement;
import org.gsef.governance.kernel.membership.MemberCommand.ImportMember;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberReinstated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One organisation, one membership, and checked sponsors: what an application or an import is refused, against the
 * members and applications the registry holds.
 */
class OneOrganisationOneMembershipTest {

    static final Instant NOW = Instant.parse("2019-07-08T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2019, 7, 8);
    static final LocalDate MAY = LocalDate.of(2019, 5, 1);
    static final UUID ID = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c101");
    static final UUID OTHER_APPLICATION = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c102");
    static final UUID BAMAKO_MEMBER = UUID.fromString("0a000000-0000-0000-0000-0000000bab01");
    static final UUID SPONSOR = UUID.fromString("0a000000-0000-0000-0000-00000000005b");
    static final UUID BALLOT = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c1b1");
    static final Organisation BAMAKO = city("Ville de Bamako", "ML", Region.AFRICA, "Bamako");
    static final Organisation LOCALITY = new Organisation(
            "Locality",
            OrganisationKind.INTERNATIONAL_OR_REGIONAL_NETWORK,
            "GB",
            Region.EUROPE,
            null,
            OfficialLanguage.ENGLISH);
    static final Actor SECRETARIAT = Actor.of("secretariat", Set.of(Role.SECRETARIAT));
    static final Actor REPRESENTATIVE = new Actor("rep", Set.of(Role.MEMBER_REPRESENTATIVE), null, ID.toString());

    private FixtureConfiguration<MembershipApplication> applications;
    private FixtureConfiguration<Member> members;
    private OrganisationRegistry registry;

    @BeforeEach
    void setUp() {
        registry = Registries.fresh();
        applications = new AggregateTestFixture<>(MembershipApplication.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC))
                .registerInjectableResource(registry);
        members = new AggregateTestFixture<>(Member.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(registry);
    }

    static Organisation city(String name, String country, Region region, String city) {
        return new Organisation(
                name, OrganisationKind.LOCAL_GOVERNMENT, country, region, city, OfficialLanguage.FRENCH);
    }

    static SubmitMembershipApplication submit(Organisation organisation) {
        return submit(organisation, null, null);
    }

    static SubmitMembershipApplication submit(
            Organisation organisation, UUID sponsor, DistinctnessStatement distinctness) {
        return new SubmitMembershipApplication(
                ID, organisation, sponsor, null, SubmissionChannel.SECRETARIAT, distinctness);
    }

    static MembershipApplicationSubmitted submitted(Organisation organisation) {
        return new MembershipApplicationSubmitted(ID, organisation, null, null, SubmissionChannel.SECRETARIAT, NOW);
    }

    static MembershipApplicationSubmitted otherApplication(Organisation organisation) {
        return new MembershipApplicationSubmitted(
                OTHER_APPLICATION, organisation, null, null, SubmissionChannel.SECRETARIAT, NOW);
    }

    static MemberImported bamakoMember() {
        return new MemberImported(BAMAKO_MEMBER, BAMAKO, null, "GSEF 2019 program of activities");
    }

    static Map<String, ?> as(Actor actor) {
        return ActorMetaData.of(actor);
    }

    static Map<String, Object> naming(UUID record, RecordKind kind) {
        return Map.of(RegistryRefusals.EXISTING_RECORD_ID, record, RegistryRefusals.EXISTING_RECORD_KIND, kind);
    }

    @Test
    void a_member_applying_again_is_refused_naming_the_member() {
        given(registry, bamakoMember());
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO), as(SECRETARIAT))
                .expectException(refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(BAMAKO_MEMBER, RecordKind.MEMBER)))
                .expectNoEvents();
    }

    @Test
    void city_of_bamako_ville_de_bamako_and_bamako_are_one_organisation() {
        given(registry, bamakoMember());
        for (String name : new String[] {"City of Bamako", "BAMAKO", "Ville de  Bamako", "Bamako City Council"}) {
            applications
                    .givenNoPriorActivity()
                    .when(submit(city(name, "ML", Region.AFRICA, "BAMAKO")), as(SECRETARIAT))
                    .expectException(
                            refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(BAMAKO_MEMBER, RecordKind.MEMBER)));
        }
    }

    @Test
    void a_suspended_member_is_still_a_member() {
        given(registry, bamakoMember(), new MemberSuspended(BAMAKO_MEMBER, "dues unpaid", MAY));
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO), as(SECRETARIAT))
                .expectException(
                        refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(BAMAKO_MEMBER, RecordKind.MEMBER)));
    }

    @Test
    void a_member_that_left_may_apply_again() {
        given(registry, bamakoMember(), new MemberLeft(BAMAKO_MEMBER, "network dissolved", MAY));
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO), as(SECRETARIAT))
                .expectEvents(submitted(BAMAKO));
    }

    @Test
    void an_organisation_with_an_application_in_progress_cannot_apply_again_at_any_stage_before_the_decision() {
        Organisation dakar = city("Ville de Dakar", "SN", Region.AFRICA, "Dakar");
        given(
                registry,
                otherApplication(dakar),
                new ApplicationReturnedForInformation(OTHER_APPLICATION, "statutes", NOW),
                new MembershipApplicationResubmitted(OTHER_APPLICATION, dakar, null, NOW),
                new ApplicationReviewCompleted(OTHER_APPLICATION, NOW),
                new ApplicationPutToCommittee(OTHER_APPLICATION, BALLOT, NOW),
                new ApplicationDeferred(OTHER_APPLICATION, BALLOT, NOW));
        applications
                .givenNoPriorActivity()
                .when(submit(city("City of Dakar", "SN", Region.AFRICA, "Dakar")), as(SECRETARIAT))
                .expectException(refusal(
                        Refusal.ORGANISATION_APPLICATION_IN_PROGRESS,
                        naming(OTHER_APPLICATION, RecordKind.APPLICATION)));
    }

    @Test
    void a_rejected_or_withdrawn_application_leaves_the_organisation_free_to_apply_again() {
        Organisation dakar = city("Ville de Dakar", "SN", Region.AFRICA, "Dakar");
        given(registry, otherApplication(dakar), new MembershipApplicationWithdrawn(OTHER_APPLICATION, "later", NOW));
        applications.givenNoPriorActivity().when(submit(dakar), as(SECRETARIAT)).expectEvents(submitted(dakar));

        UUID rejected = UUID.fromString("6f0a2a55-7d0e-4a51-9d43-64d1f1a3c103");
        Organisation kati = city("Ville de Kati", "ML", Region.AFRICA, "Kati");
        given(
                registry,
                new MembershipApplicationSubmitted(rejected, kati, null, null, SubmissionChannel.SECRETARIAT, NOW),
                new ApplicationPutToCommittee(rejected, BALLOT, NOW),
                new ApplicationRejected(rejected, BALLOT, NOW));
        applications.givenNoPriorActivity().when(submit(kati), as(SECRETARIAT)).expectEvents(submitted(kati));
    }

    @Test
    void an_admitted_applicant_is_a_member_from_its_admission_on() {
        Organisation dakar = city("Ville de Dakar", "SN", Region.AFRICA, "Dakar");
        UUID member = MembershipApplication.memberIdFor(OTHER_APPLICATION);
        given(
                registry,
                otherApplication(dakar),
                new ApplicationAdmitted(OTHER_APPLICATION, BALLOT, member, dakar, NOW, DAY));
        applications
                .givenNoPriorActivity()
                .when(submit(dakar), as(SECRETARIAT))
                .expectException(refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(member, RecordKind.MEMBER)));
        given(registry, new MemberAdmitted(member, OTHER_APPLICATION, BALLOT, dakar, MAY));
        applications
                .givenNoPriorActivity()
                .when(submit(dakar), as(SECRETARIAT))
                .expectException(refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(member, RecordKind.MEMBER)));
    }

    @Test
    void the_secretariat_states_that_a_namesake_is_another_organisation_and_the_statement_is_recorded() {
        given(registry, bamakoMember());
        String why = "The Bamako district council, not the city: another legal person";
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO, null, new DistinctnessStatement(BAMAKO_MEMBER, why)), as(SECRETARIAT))
                .expectEvents(submitted(BAMAKO), new OrganisationDistinctnessStated(ID, BAMAKO_MEMBER, why, NOW));
    }

    @Test
    void a_member_representative_cannot_state_distinctness() {
        given(registry, bamakoMember());
        applications
                .givenNoPriorActivity()
                .when(
                        submit(BAMAKO, null, new DistinctnessStatement(BAMAKO_MEMBER, "we are another one")),
                        as(REPRESENTATIVE))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO, null, new DistinctnessStatement(BAMAKO_MEMBER, "no actor named")))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_statement_must_name_the_record_that_holds_the_organisation() {
        given(registry, bamakoMember(), otherApplication(city("Ville de Dakar", "SN", Region.AFRICA, "Dakar")));
        applications
                .givenNoPriorActivity()
                .when(submit(BAMAKO, null, new DistinctnessStatement(OTHER_APPLICATION, "not Dakar")), as(SECRETARIAT))
                .expectException(
                        refusal(Refusal.DISTINCT_FROM_ANOTHER_RECORD, naming(BAMAKO_MEMBER, RecordKind.MEMBER)))
                .expectNoEvents();
        applications
                .givenNoPriorActivity()
                .when(
                        submit(
                                city("Ville de Kati", "ML", Region.AFRICA, "Kati"),
                                null,
                                new DistinctnessStatement(BAMAKO_MEMBER, "Kati is not Bamako")),
                        as(SECRETARIAT))
                .expectException(refusal(Refusal.DISTINCT_FROM_NO_SIMILAR_RECORD, Map.of()))
                .expectNoEvents();
    }

    @Test
    void a_sponsor_is_an_existing_active_member() {
        Organisation kati = city("Ville de Kati", "ML", Region.AFRICA, "Kati");
        Map<String, Object> sponsor = Map.of(RegistryRefusals.SPONSOR_MEMBER_ID, SPONSOR);
        applications
                .givenNoPriorActivity()
                .when(submit(kati, SPONSOR, null), as(SECRETARIAT))
                .expectException(refusal(Refusal.SPONSOR_NOT_ACTIVE_MEMBER, sponsor));
        given(registry, new MemberImported(SPONSOR, LOCALITY, null, "2019 member list"));
        applications
                .givenNoPriorActivity()
                .when(submit(kati, SPONSOR, null), as(SECRETARIAT))
                .expectEvents(new MembershipApplicationSubmitted(
                        ID, kati, SPONSOR, null, SubmissionChannel.SECRETARIAT, NOW));
        given(registry, new MemberSuspended(SPONSOR, "dues unpaid", MAY));
        applications
                .givenNoPriorActivity()
                .when(submit(kati, SPONSOR, null), as(SECRETARIAT))
                .expectException(refusal(Refusal.SPONSOR_NOT_ACTIVE_MEMBER, sponsor));
        given(registry, new MemberReinstated(SPONSOR, "dues paid", MAY), new MemberLeft(SPONSOR, "closed", MAY));
        applications
                .givenNoPriorActivity()
                .when(submit(kati, SPONSOR, null), as(SECRETARIAT))
                .expectException(refusal(Refusal.SPONSOR_NOT_ACTIVE_MEMBER, sponsor));
        given(registry, otherApplication(city("Ville de Dakar", "SN", Region.AFRICA, "Dakar")));
        applications
                .givenNoPriorActivity()
                .when(submit(kati, OTHER_APPLICATION, null), as(SECRETARIAT))
                .expectException(refusal(
                        Refusal.SPONSOR_NOT_ACTIVE_MEMBER,
                        Map.of(RegistryRefusals.SPONSOR_MEMBER_ID, OTHER_APPLICATION)));
    }

    @Test
    void a_resubmission_that_changes_the_organisation_is_checked_as_a_submission() {
        Organisation kati = city("Ville de Kati", "ML", Region.AFRICA, "Kati");
        given(registry, bamakoMember(), submitted(kati));
        var returned = new ApplicationReturnedForInformation(ID, "which city?", NOW);
        applications
                .given(submitted(kati), returned)
                .when(new ResubmitMembershipApplication(ID, BAMAKO, null, null), as(SECRETARIAT))
                .expectException(refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(BAMAKO_MEMBER, RecordKind.MEMBER)))
                .expectNoEvents();
        applications
                .given(submitted(kati), returned)
                .when(
                        new ResubmitMembershipApplication(
                                ID, city("City of Kati", "ML", Region.AFRICA, "Kati"), null, null),
                        as(SECRETARIAT))
                .expectEvents(new MembershipApplicationResubmitted(
                        ID, city("City of Kati", "ML", Region.AFRICA, "Kati"), null, NOW));
        applications
                .given(submitted(kati), returned)
                .when(
                        new ResubmitMembershipApplication(
                                ID, BAMAKO, null, new DistinctnessStatement(BAMAKO_MEMBER, "the district")),
                        as(SECRETARIAT))
                .expectEvents(
                        new MembershipApplicationResubmitted(ID, BAMAKO, null, NOW),
                        new OrganisationDistinctnessStated(ID, BAMAKO_MEMBER, "the district", NOW));
    }

    @Test
    void an_import_of_a_registered_organisation_is_refused_but_the_same_member_is_left_to_the_event_store() {
        UUID another = UUID.fromString("0a000000-0000-0000-0000-0000000bab02");
        given(registry, bamakoMember());
        members.givenNoPriorActivity()
                .when(
                        new ImportMember(another, city("City of Bamako", "ML", Region.AFRICA, "Bamako"), null, "list"),
                        as(SECRETARIAT))
                .expectException(
                        refusal(Refusal.ORGANISATION_ALREADY_MEMBER, naming(BAMAKO_MEMBER, RecordKind.MEMBER)));
        given(registry, otherApplication(city("Ville de Dakar", "SN", Region.AFRICA, "Dakar")));
        members.givenNoPriorActivity()
                .when(
                        new ImportMember(another, city("Dakar", "SN", Region.AFRICA, "Dakar"), null, "list"),
                        as(SECRETARIAT))
                .expectException(refusal(
                        Refusal.ORGANISATION_APPLICATION_IN_PROGRESS,
                        naming(OTHER_APPLICATION, RecordKind.APPLICATION)));
        members.givenNoPriorActivity()
                .when(new ImportMember(BAMAKO_MEMBER, BAMAKO, null, "list again"), as(SECRETARIAT))
                .expectEvents(new MemberImported(BAMAKO_MEMBER, BAMAKO, null, "list again"));
    }
}
