package org.gsef.governance.query.members;

import static org.gsef.governance.query.history.MemberRegisterHistory.NONE;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.MemberStatus;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.query.readmodel.Sorting;
import org.gsef.governance.query.readmodel.TitleSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member register's read model: the one place its SQL lives. The pages' API, the public endpoints and the gauges
 * all ask here, so "an active member" and "members by region" are written once.
 */
@Component
public class MemberQueries {

    private static final String ACTIVE = "status = '" + MemberStatus.ACTIVE.name() + "'";

    private static final Map<String, String> SORTABLE = Map.of(
            "organisationName", "organisation_name",
            "kind", "kind",
            "country", "country",
            "region", "region",
            "status", "status",
            "admittedOn", "admitted_on");

    /** How active members can be counted; each names a column of the read model, never the caller's text. */
    public enum Breakdown {
        REGION("region"),
        KIND("kind"),
        COUNTRY("country");

        private final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    public MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the register, in any status or one, sorted by a sortable field ({@link Sorting}). */
    public List<MemberView> page(MemberStatus status, int offset, int limit, String sort) {
        String order = Sorting.orderBy(sort, SORTABLE, "organisation_name", "member_id");
        return jdbc.sql("SELECT * FROM member_view WHERE (:status IS NULL OR status = :status)" + " ORDER BY " + order
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("offset", offset)
                .param("limit", limit)
                .query(MemberView.class)
                .list();
    }

    public Optional<MemberView> find(UUID memberId) {
        return jdbc.sql("SELECT * FROM member_view WHERE member_id = :id")
                .param("id", memberId)
                .query(MemberView.class)
                .optional();
    }

    /** A member as anyone may read it: the organisation, never a person. */
    public record PublicMember(
            String organisationName,
            OrganisationKind kind,
            String country,
            Region region,
            String city,
            LocalDate memberSince) {}

    /** The active members, by name. */
    public List<PublicMember> activeMembers() {
        return jdbc.sql("SELECT organisation_name, kind, country, region, city, admitted_on FROM member_view WHERE "
                        + ACTIVE + " ORDER BY organisation_name, member_id")
                .query((rs, row) -> new PublicMember(
                        rs.getString("organisation_name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("country"),
                        rs.getString("region") == null ? null : Region.valueOf(rs.getString("region")),
                        rs.getString("city"),
                        rs.getObject("admitted_on", LocalDate.class)))
                .list();
    }

    /** The active (named) members counted by one breakdown, {@code NONE} for those recorded without it. */
    public Map<String, Long> activeBy(Breakdown breakdown) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT COALESCE(" + breakdown.column + ", '" + NONE + "') AS category, count(*) AS members"
                        + " FROM member_view WHERE " + ACTIVE + " GROUP BY COALESCE(" + breakdown.column + ", '"
                        + NONE + "')")
                .query((rs, row) -> counts.put(rs.getString("category"), rs.getLong("members")))
                .list();
        return counts;
    }

    /** Members whose organisation's name holds the words ({@link TitleSearch#pattern}), with the day each joined. */
    public List<TitleSearch.Found> search(String pattern) {
        return TitleSearch.find(jdbc, "member_view", "member_id", "organisation_name", "admitted_on", pattern, null);
    }
}
