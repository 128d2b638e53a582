package org.gsef.governance.query.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.FindMembershipApplication;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers queries about membership applications from the read model. */
@Component
public class MembershipApplicationQueries {

    private static final String COLUMNS = """
            application_id, organisation_name, kind, country, region, city, preferred_language, status, submitted_at,
            decided_at, decision_rule""";

    private final JdbcClient jdbc;

    public MembershipApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public MembershipApplicationView find(FindMembershipApplication query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM membership_application_view WHERE application_id = :id")
                .param("id", query.applicationId())
                .query((rs, row) -> view(rs))
                .optional()
                .orElse(null);
    }

    /** The most recently submitted applications first. */
    public List<MembershipApplicationView> list(ApplicationStatus status, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM membership_application_view"
                        + " WHERE (:status IS NULL OR status = :status)"
                        + " ORDER BY submitted_at DESC, application_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> view(rs))
                .list();
    }

    private MembershipApplicationView view(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("application_id", UUID.class);
        List<MembershipApplicationView.Vote> votes = jdbc.sql(
                        "SELECT seat, choice, cast_at FROM admission_vote_view WHERE application_id = :id ORDER BY cast_at, seat")
                .param("id", id)
                .query((v, row) -> new MembershipApplicationView.Vote(
                        v.getString("seat"), VoteChoice.valueOf(v.getString("choice")), instant(v, "cast_at")))
                .list();
        Tally tally = Tally.EMPTY;
        for (MembershipApplicationView.Vote vote : votes) {
            tally = tally.plus(vote.choice());
        }
        return new MembershipApplicationView(
                id,
                rs.getString("organisation_name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("country").strip(),
                Region.valueOf(rs.getString("region")),
                rs.getString("city"),
                OfficialLanguage.valueOf(rs.getString("preferred_language")),
                ApplicationStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"),
                instant(rs, "decided_at"),
                rs.getString("decision_rule"),
                tally,
                votes);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
