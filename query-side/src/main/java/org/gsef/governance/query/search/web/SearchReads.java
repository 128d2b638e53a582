package org.gsef.governance.query.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** The most hits of each kind. */
    static final int LIMIT = 20;

    private static final Source MEMBERS =
            new Source("MEMBER", "member_view", "member_id", "organisation_name", "admitted_on");
    private static final Source APPLICATIONS = new Source(
            "APPLICATION", "membership_application_view", "application_id", "organisation_name", "submitted_at");
    private static final Source BALLOTS = new Source("BALLOT", "ballot_view", "ballot_id", "title", "opened_at");
    private static final Source ACTIVITIES =
            new Source("ACTIVITY", "activity_view", "activity_id", "title", "date_from");

    private final JdbcClient jdbc;

    SearchReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param kind MEMBER, APPLICATION, BALLOT or ACTIVITY
     * @param status the record's status, as its own list names it
     * @param on the day it is about (joined, submitted, opened, or the activity's first day), if known
     */
    record Hit(String kind, UUID id, String title, String status, String on) {}

    /** Where one kind is found: fixed names of a read model and its columns, never the caller's. */
    private record Source(String kind, String table, String id, String title, String day) {}

    @GetMapping("/api/search")
    List<Hit> search(@RequestParam String q) {
        Actor actor = ReadAccess.signedIn();
        String words = q.strip();
        if (words.length() < 2 || words.length() > 100) {
            throw new IllegalArgumentException("the words to search for must be 2 to 100 characters long");
        }
        String pattern = "%"
                + words.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Hit> hits = new ArrayList<>();
        if (actor.hasAny(ReadAccess.GOVERNANCE_READERS)) {
            hits.addAll(find(MEMBERS, pattern, null));
            hits.addAll(find(APPLICATIONS, pattern, null));
            hits.addAll(find(BALLOTS, pattern, null));
        } else {
            ReadAccess.ownApplication(actor).ifPresent(own -> hits.addAll(find(APPLICATIONS, pattern, own)));
        }
        hits.addAll(find(ACTIVITIES, pattern, null));
        return hits;
    }

    /** Up to {@link #LIMIT} rows of one read model whose title holds the words; only the row {@code only} if given. */
    private List<Hit> find(Source source, String pattern, UUID only) {
        return jdbc.sql("SELECT " + source.id() + " AS id, " + source.title() + " AS title, status, "
                        + source.day() + " AS on_day FROM " + source.table()
                        + " WHERE LOWER(" + source.title() + ") LIKE :pattern ESCAPE '\\'"
                        + (only == null ? "" : " AND " + source.id() + " = :only")
                        + " ORDER BY " + source.title() + ", " + source.id()
                        + " FETCH FIRST " + LIMIT + " ROWS ONLY")
                .param("pattern", pattern)
                .param("only", only)
                .query((rs, row) -> {
                    Object day = rs.getObject("on_day");
                    return new Hit(
                            source.kind(),
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getString("status"),
                            day == null ? null : String.valueOf(day).substring(0, 10));
                })
                .list();
    }
}
