package org.gsef.governance.command.membership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
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
import org.gsef.governance.kernel.membership.MemberStatus;

/** A member of GSEF, from admission (or import) to suspension, reinstatement or departure. */
@Aggregate(cache = AggregateCaching.CACHE)
public class Member {

    @AggregateIdentifier
    private String memberId;

    private UUID id;
    private MemberStatus status;

    protected Member() {}

    @CommandHandler
    public Member(RegisterAdmittedMember command) {
        apply(new MemberAdmitted(
                command.memberId(),
                command.applicationId(),
                command.ballotId(),
                command.organisation(),
                command.admittedOn()));
    }

    /**
     * An organisation that is a member already, or has an application in progress, is not imported a second time
     * under another identifier. The same identifier again collides in the event store, as any second creation does.
     */
    @CommandHandler
    public Member(ImportMember command, Actor actor, OrganisationRegistry registry) {
        registry.requireUnregistered(command.memberId(), command.organisation(), null, actor);
        apply(new MemberImported(command.memberId(), command.organisation(), command.admittedOn(), command.source()));
    }

    @CommandHandler
    public void handle(SuspendMember command) {
        require(MemberStatus.ACTIVE);
        apply(new MemberSuspended(id, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    public void handle(ReinstateMember command) {
        require(MemberStatus.SUSPENDED);
        apply(new MemberReinstated(id, command.reason(), command.effectiveOn()));
    }

    @CommandHandler
    public void handle(RecordMemberDeparture command) {
        if (status == MemberStatus.LEFT) {
            throw new RuleViolation(Refusal.MEMBER_STATUS, "the member has left", status);
        }
        apply(new MemberLeft(id, command.reason(), command.effectiveOn()));
    }

    private void require(MemberStatus expected) {
        if (status != expected) {
            throw new RuleViolation(Refusal.MEMBER_STATUS, "the member is " + status, status);
        }
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        memberId = event.memberId().toString();
        id = event.memberId();
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberImported event) {
        memberId = event.memberId().toString();
        id = event.memberId();
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberSuspended event) {
        status = MemberStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(MemberReinstated event) {
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        status = MemberStatus.LEFT;
    }
}
