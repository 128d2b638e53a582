package org.gsef.governance.query.membership.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gsef.governance.kernel.common.AccessRefused;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.FindMembershipApplication;
import org.gsef.governance.platform.identity.CurrentActor;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.membership.MembershipApplicationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for membership applications. The Secretariat, the Committee and auditors see every application; a
 * member representative sees only their own organisation's, and any other reads as not found. Commands are served by
 * the command side at the same addresses.
 */
@RestController
@RequestMapping("/api/membership-applications")
class MembershipApplicationReads {

    private static final int MAX_PAGE = 200;
    private static final Set<Role> SEE_ALL = Set.of(Role.SECRETARIAT, Role.CHAIR, Role.DELEGATE, Role.AUDITOR);

    private final QueryGateway queries;
    private final MembershipApplicationQueries readModel;

    MembershipApplicationReads(QueryGateway queries, MembershipApplicationQueries readModel) {
        this.queries = queries;
        this.readModel = readModel;
    }

    @GetMapping
    List<MembershipApplicationView> list(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit between 1 and " + MAX_PAGE);
        }
        Actor actor = reader();
        if (actor.hasAny(SEE_ALL)) {
            return readModel.list(status, offset, limit);
        }
        return actor.organisationId()
                .map(MembershipApplicationReads::applicationId)
                .map(this::find)
                .filter(view -> status == null || view.status() == status)
                .filter(view -> offset == 0)
                .map(List::of)
                .orElse(List.of());
    }

    @GetMapping("/{applicationId}")
    MembershipApplicationView get(@PathVariable UUID applicationId) {
        Actor actor = reader();
        boolean own =
                actor.organisationId().filter(applicationId.toString()::equals).isPresent();
        MembershipApplicationView view = actor.hasAny(SEE_ALL) || own ? find(applicationId) : null;
        if (view == null) {
            throw new NotFound("membership application " + applicationId);
        }
        return view;
    }

    private MembershipApplicationView find(UUID applicationId) {
        return queries.query(
                        new FindMembershipApplication(applicationId),
                        ResponseTypes.optionalInstanceOf(MembershipApplicationView.class))
                .join()
                .orElse(null);
    }

    private static Actor reader() {
        Actor actor = CurrentActor.get().orElseThrow(() -> new AccessRefused("role", "not signed in"));
        if (!actor.hasAny(SEE_ALL) && !actor.has(Role.MEMBER_REPRESENTATIVE)) {
            throw new AccessRefused("role", actor.userId() + " may not read applications");
        }
        return actor;
    }

    private static UUID applicationId(String organisation) {
        try {
            return UUID.fromString(organisation);
        } catch (IllegalArgumentException notAnApplication) {
            return null;
        }
    }
}
