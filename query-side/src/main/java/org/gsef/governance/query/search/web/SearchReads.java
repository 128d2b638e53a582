package org.gsef.governance.query.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.query.committee.CommitteeQueries;
import org.gsef.governance.query.members.MemberQueries;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.program.ActivityQueries;
import org.gsef.governance.query.readmodel.TitleSearch;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One search box across members, applications, ballots and activities, over the read models, each kind found only by
 * those who may read its list: members, applications and ballots by the governance readers, a member representative's
 * own application by that representative, activities by anyone signed in. The words match anywhere in a name or title,
 * whatever their case; a wildcard typed in them is taken literally.
 */
@RestController
class SearchReads {

    private final MemberQueries members;
    private final MembershipApplicationQueries applications;
    private final CommitteeQueries committee;
    private final ActivityQueries activities;

    SearchReads(
            MemberQueries members,
            MembershipApplicationQueries applications,
            CommitteeQueries committee,
            ActivityQueries activities) {
        this.members = members;
        this.applications = applications;
        this.committee = committee;
        this.activities = activities;
    }

    /**
     * @param kind MEMBER, APPLICATION, BALLOT or ACTIVITY
     * @param status the record's status, as its own list names it
     * @param on the day it is about (joined, submitted, opened, or the activity's first day), if known
     */
    record Hit(String kind, UUID id, String title, String status, String on) {}

    @GetMapping("/api/search")
    List<Hit> search(@RequestParam String q) {
        Actor actor = ReadAccess.signedIn();
        String words = q.strip();
        if (words.length() < 2 || words.length() > 100) {
            throw new IllegalArgumentException("the words to search for must be 2 to 100 characters long");
        }
        String pattern = TitleSearch.pattern(words);
        List<Hit> hits = new ArrayList<>();
        if (actor.hasAny(ReadAccess.GOVERNANCE_READERS)) {
            hits.addAll(hits("MEMBER", members.search(pattern)));
            hits.addAll(hits("APPLICATION", applications.search(pattern, null)));
            hits.addAll(hits("BALLOT", committee.searchBallots(pattern)));
        } else {
            ReadAccess.ownApplication(actor)
                    .ifPresent(own -> hits.addAll(hits("APPLICATION", applications.search(pattern, own))));
        }
        hits.addAll(hits("ACTIVITY", activities.search(pattern)));
        return hits;
    }

    private static List<Hit> hits(String kind, List<TitleSearch.Found> found) {
        return found.stream()
                .map(row -> new Hit(kind, row.id(), row.title(), row.status(), row.on()))
                .toList();
    }
}
