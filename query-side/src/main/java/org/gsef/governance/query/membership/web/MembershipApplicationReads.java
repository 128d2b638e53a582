package org.gsef.governance.query.membership.web;

import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.FindMembershipApplication;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.membership.MembershipApplicationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API for membership applications. Commands are served by the command side at the same addresses. */
@RestController
@RequestMapping("/api/membership-applications")
class MembershipApplicationReads {

    private static final int MAX_PAGE = 200;

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
        return readModel.list(status, offset, limit);
    }

    @GetMapping("/{applicationId}")
    MembershipApplicationView get(@PathVariable UUID applicationId) {
        return queries.query(
                        new FindMembershipApplication(applicationId),
                        ResponseTypes.optionalInstanceOf(MembershipApplicationView.class))
                .join()
                .orElseThrow(() -> new NotFound("membership application " + applicationId));
    }
}
