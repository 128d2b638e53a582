package org.gsef.governance.command.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.membership.MemberCommand.ImportMember;
import org.gsef.governance.kernel.membership.MemberCommand.RecordMemberDeparture;
import org.gsef.governance.kernel.membership.MemberCommand.RegisterAdmittedMember;
import org.gsef.governance.kernel.membership.MemberCommand.ReinstateMember;
import org.gsef.governance.kernel.membership.MemberCommand.SuspendMember;
import org.gsef.governance.kernel.membership.MemberEvent.MemberAdmitted;
import org.gsef.governance.kernel.membership.MemberEvent.MemberImported;
import org.gsef.governance.kernel.membership.MemberEvent.MemberLeft;
import org.gsef.governance.kernel.membership.MemberEvent.MemberReinstated;
import org.gsef.governance.kernel.membership.MemberEvent.MemberSuspended;
import org.gsef.governance.platform.axon.TargetsAggregateResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final UUID ID = UUID.fromString("0a000000-0000-0000-0000-00000000aa01");
    static final LocalDate MAY = LocalDate.of(2019, 5, 1);
    static final MemberImported IMPORTED =
            new MemberImported(ID, MembershipApplicationTest.LIVERPOOL, null, "2019 member list");

    private FixtureConfiguration<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Member.class)
                .registerCommandTargetResolver(new TargetsAggregateResolver())
                .registerInjectableResource(Registries.fresh());
    }

    @Test
    void an_admitted_application_becomes_a_member_with_its_admission_on_record() {
        UUID application = UUID.randomUUID();
        UUID ballot = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RegisterAdmittedMember(ID, application, ballot, MembershipApplicationTest.LIVERPOOL, MAY))
                .expectEvents(new MemberAdmitted(ID, application, ballot, MembershipApplicationTest.LIVERPOOL, MAY));
    }

    @Test
    void a_member_from_before_the_system_is_imported_with_its_source_and_an_unknown_date() {
        fixture.givenNoPriorActivity()
                .when(new ImportMember(ID, MembershipApplicationTest.LIVERPOOL, null, "2019 member list"))
                .expectEvents(IMPORTED);
    }

    @Test
    void a_member_is_suspended_reinstated_and_leaves_with_a_reason_and_a_date() {
        fixture.given(IMPORTED)
                .when(new SuspendMember(ID, "dues unpaid", MAY))
                .expectEvents(new MemberSuspended(ID, "dues unpaid", MAY));
        fixture.given(IMPORTED, new MemberSuspended(ID, "dues unpaid", MAY))
                .when(new ReinstateMember(ID, "dues paid", MAY.plusMonths(1)))
                .expectEvents(new MemberReinstated(ID, "dues paid", MAY.plusMonths(1)));
        fixture.given(IMPORTED)
                .when(new RecordMemberDeparture(ID, "network dissolved", MAY))
                .expectEvents(new MemberLeft(ID, "network dissolved", MAY));
    }

    @Test
    void only_an_active_member_is_suspended_only_a_suspended_one_reinstated_and_nobody_leaves_twice() {
        fixture.given(IMPORTED).when(new ReinstateMember(ID, "x", MAY)).expectException(RuleViolation.class);
        fixture.given(IMPORTED, new MemberSuspended(ID, "x", MAY))
                .when(new SuspendMember(ID, "x", MAY))
                .expectException(RuleViolation.class);
        fixture.given(IMPORTED, new MemberLeft(ID, "x", MAY))
                .when(new RecordMemberDeparture(ID, "x", MAY))
                .expectException(RuleViolation.class);
    }
}
