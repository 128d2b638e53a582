package org.gsef.governance.query.membership.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.FindMembershipApplication;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.history.EntityTimeTravel;
import org.gsef.governance.query.history.RecordedEvents;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.membership.MembershipApplicationView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for membership applications. The Secretariat, the Committee and auditors see every application; a
 * member representative sees only their own organisation's, and any other reads as not found. The contact person, who
 * is personal data, is shown to the Secretariat and the applicant's own representative only. Each application carries
 * an {@code ETag} (its version) for conditional commands.
 */
@RestController
@RequestMapping("/api/membership-applications")
class MembershipApplicationReads {

    private static final Set<Role> READERS =
            Set.of(Role.SECRETARIAT, Role.CHAIR, Role.DELEGATE, Role.AUDITOR, Role.MEMBER_REPRESENTATIVE);

    private final QueryGateway queries;
    private final MembershipApplicationQueries readModel;
    private final RecordedEvents recorded;
    private final Clock clock;

    MembershipApplicationReads(
            QueryGateway queries, MembershipApplicationQueries readModel, RecordedEvents recorded, Clock clock) {
        this.queries = queries;
        this.readModel = readModel;
        this.recorded = recorded;
        this.clock = clock;
    }

    @GetMapping
    List<MembershipApplicationView> list(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String sort) {
        ReadAccess.page(offset, limit);
        Actor actor = ReadAccess.require(READERS);
        if (actor.hasAny(ReadAccess.GOVERNANCE_READERS)) {
            return readModel.list(status, offset, limit, sort);
        }
        return ReadAccess.ownApplication(actor)
                .map(this::find)
                .filter(view -> status == null || view.status() == status)
                .filter(view -> offset == 0)
                .map(List::of)
                .orElse(List.of());
    }

    @GetMapping("/{applicationId}")
    ResponseEntity<MembershipApplicationView> get(@PathVariable UUID applicationId) {
        Actor actor = ReadAccess.require(READERS);
        boolean own =
                ReadAccess.ownApplication(actor).filter(applicationId::equals).isPresent();
        MembershipApplicationView view = null;
        if (own || actor.has(Role.SECRETARIAT)) {
            view = readModel.findWithContact(applicationId);
        } else if (actor.hasAny(ReadAccess.GOVERNANCE_READERS)) {
            view = find(applicationId);
        }
        if (view == null) {
            throw new NotFound("membership application " + applicationId);
        }
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    /**
     * What happened to the application, step by step: each event's type and when it was recorded, none of its fields
     * (the application itself says what they came to). Read by those who read the application: its own organisation's
     * representative and the governance readers; to anyone else, and for any id that is not an application's, it is not
     * found.
     */
    @GetMapping("/{applicationId}/history")
    List<EntityTimeTravel.Step> history(@PathVariable UUID applicationId) {
        Actor actor = ReadAccess.require(READERS);
        boolean own =
                ReadAccess.ownApplication(actor).filter(applicationId::equals).isPresent();
        if (!(own || actor.hasAny(ReadAccess.GOVERNANCE_READERS)) || find(applicationId) == null) {
            throw new NotFound("membership application " + applicationId);
        }
        return recorded.eventsOf(applicationId.toString(), clock.instant()).stream()
                .map(event -> new EntityTimeTravel.Step(
                        event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp()))
                .toList();
    }

    private MembershipApplicationView find(UUID applicationId) {
        return queries.query(
                        new FindMembershipApplication(applicationId),
                        ResponseTypes.optionalInstanceOf(MembershipApplicationView.class))
                .join()
                .orElse(null);
    }
}
