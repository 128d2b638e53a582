package org.gsef.governance.query.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages people look at: one page application, its views addressed by path so that each can be bookmarked; {@code
 * /public} is its dashboard for anyone, without signing in; {@code /audit/...} is the auditors' workspace; {@code
 * /organisation} is a member representative's own organisation; the detail pages of each record, the member directory
 * ({@code /members}) and search ({@code /search}) are for those signed in.
 */
@Controller
class PageRoutes {

    @GetMapping({
        "/",
        "/admissions",
        "/committee",
        "/roadmap",
        "/objectives",
        "/notifications",
        "/organisation",
        "/work",
        "/public",
        "/receipts",
        "/audit",
        "/audit/trail",
        "/audit/entities/{entityId}",
        "/audit/decisions/{ballotId}",
        "/audit/verification",
        "/audit/operations",
        "/audit/notifications",
        "/audit/registers",
        "/applications/{applicationId}",
        "/ballots/{ballotId}",
        "/meetings/{meetingId}",
        "/members",
        "/members/{memberId}",
        "/seats/{seat}",
        "/milestones/{editionId}/{milestone}",
        "/indicators/{planId}/{indicator}",
        "/activities/{activityId}",
        "/search"
    })
    String page() {
        return "forward:/index.html";
    }
}
