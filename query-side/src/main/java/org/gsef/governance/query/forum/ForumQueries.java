package org.gsef.governance.query.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gsef.governance.kernel.forum.MilestoneStatus;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forum editions' read model: the one place its SQL lives, for the pages' API, the public dashboard, the calendar,
 * the gauges and the Secretariat's digest. Two rules are written here once: the editions in preparation (the current
 * one first), and an open milestone ({@link MilestoneStatus#open()}), late when due before the day.
 */
@Component
public class ForumQueries {

    /** Editions being prepared, the soonest first: the first is the current edition. */
    private static final String IN_PREPARATION = "stage = '" + EditionStage.IN_PREPARATION.name() + "'";

    private static final String SOONEST_FIRST = " ORDER BY COALESCE(edition_year, 9999), name, edition_id";

    /** The statuses of an open milestone, from {@link MilestoneStatus#open()}. */
    private static final String OPEN = Arrays.stream(MilestoneStatus.values())
            .filter(MilestoneStatus::open)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "status IN (", ")"));

    private final JdbcClient jdbc;

    public ForumQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the editions, summed up: past ones as recorded, then those in preparation, the soonest first, with
     * their milestones late on {@code today} counted.
     */
    public List<EditionSummary> editions(LocalDate today, int offset, int limit) {
        return summaries("", today, offset, limit);
    }

    /** One edition with its roadmap and preparatory meetings, milestones judged late or not on {@code today}. */
    public Optional<Edition> edition(UUID editionId, LocalDate today) {
        return jdbc.sql("SELECT * FROM forum_edition_view WHERE edition_id = :id")
                .param("id", editionId)
                .query((rs, row) -> edition(rs, today))
                .optional();
    }

    /** A page of the editions in preparation, summed up, the current one (the soonest) first. */
    public List<EditionSummary> inPreparation(LocalDate today, int offset, int limit) {
        return summaries(" WHERE " + IN_PREPARATION, today, offset, limit);
    }

    /** The current edition with its roadmap: the soonest of those in preparation, if any is. */
    public Optional<Edition> current(LocalDate today) {
        return jdbc.sql("SELECT * FROM forum_edition_view WHERE " + IN_PREPARATION + SOONEST_FIRST + " LIMIT 1")
                .query((rs, row) -> edition(rs, today))
                .optional();
    }

    private List<EditionSummary> summaries(String where, LocalDate today, int offset, int limit) {
        return jdbc.sql("SELECT e.*, (SELECT count(*) FROM milestone_view m WHERE m.edition_id = e.edition_id"
                        + " AND m.due_on < :today AND m." + OPEN + ") AS late_milestones"
                        + " FROM forum_edition_view e" + where + SOONEST_FIRST
                        + " LIMIT :limit OFFSET :offset")
                .param("today", today)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new EditionSummary(
                        rs.getObject("edition_id", UUID.class),
                        rs.getString("name"),
                        (Integer) rs.getObject("edition_year", Integer.class),
                        rs.getString("city"),
                        rs.getString("country"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        EditionStage.valueOf(rs.getString("stage")),
                        rs.getString("theme"),
                        rs.getInt("late_milestones")))
                .list();
    }

    /** A milestone due before a day and still open. */
    public record Overdue(String edition, String title, LocalDate dueOn) {}

    /** The open milestones of every edition due before {@code today}, the longest overdue first. */
    public List<Overdue> overdueMilestones(LocalDate today) {
        return jdbc.sql("SELECT e.name, m.title, m.due_on FROM milestone_view m"
                        + " JOIN forum_edition_view e ON e.edition_id = m.edition_id"
                        + " WHERE m.due_on < :today AND m." + OPEN + " ORDER BY m.due_on, m.title")
                .param("today", today)
                .query((rs, n) -> new Overdue(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** A milestone with the edition it belongs to, for the calendar. */
    public record DatedMilestone(
            UUID editionId,
            String edition,
            String milestone,
            String title,
            String owner,
            LocalDate dueOn,
            MilestoneStatus status) {}

    /** Every edition's milestones by due day. */
    public List<DatedMilestone> milestones() {
        return jdbc.sql("""
                        SELECT e.edition_id, e.name, m.milestone, m.title, m.owner, m.due_on, m.status
                          FROM milestone_view m JOIN forum_edition_view e ON e.edition_id = m.edition_id
                         ORDER BY m.due_on, e.name, m.milestone""")
                .query((rs, row) -> new DatedMilestone(
                        rs.getObject("edition_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("milestone"),
                        rs.getString("title"),
                        rs.getString("owner"),
                        rs.getObject("due_on", LocalDate.class),
                        MilestoneStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private Edition edition(ResultSet rs, LocalDate today) throws SQLException {
        UUID id = rs.getObject("edition_id", UUID.class);
        List<Milestone> roadmap = roadmap(id, today);
        List<PreparatoryMeeting> meetings = jdbc.sql(
                        "SELECT * FROM preparatory_meeting_view WHERE edition_id = :id ORDER BY held_from")
                .param("id", id)
                .query(PreparatoryMeeting.class)
                .list();
        return new Edition(
                id,
                rs.getString("name"),
                (Integer) rs.getObject("edition_year", Integer.class),
                rs.getString("city"),
                rs.getString("country"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                EditionStage.valueOf(rs.getString("stage")),
                rs.getString("theme"),
                rs.getString("theme_status") == null ? null : ThemeStatus.valueOf(rs.getString("theme_status")),
                rs.getObject("theme_ballot_id", UUID.class),
                new HostAgreement(
                        rs.getString("agreement_status") == null
                                ? null
                                : AgreementStatus.valueOf(rs.getString("agreement_status")),
                        JsonColumns.list(rs.getString("agreement_parties")),
                        rs.getObject("agreement_signed_on", LocalDate.class),
                        rs.getString("agreement_place")),
                new LocalOrganizingCommittee(
                        JsonColumns.list(rs.getString("committee_members")),
                        rs.getObject("committee_launched_on", LocalDate.class)),
                rs.getString("governance"),
                rs.getString("outcome"),
                meetings,
                roadmap,
                (int) roadmap.stream().filter(Milestone::late).count());
    }

    /** An edition's roadmap, each milestone late or not on {@code today}. */
    public List<Milestone> roadmap(UUID edition, LocalDate today) {
        return jdbc.sql("SELECT * FROM milestone_view WHERE edition_id = :id ORDER BY due_on, milestone")
                .param("id", edition)
                .query((rs, row) -> {
                    MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new Milestone(
                            rs.getString("milestone"),
                            rs.getString("title"),
                            rs.getString("owner"),
                            due,
                            status,
                            rs.getInt("progress"),
                            rs.getString("note"),
                            rs.getInt("reschedules"),
                            rs.getObject("completed_on", LocalDate.class),
                            status.lateOn(due, today));
                })
                .list();
    }

    /**
     * An edition as the lists show it, without its roadmap, its host agreement or its committee: what anyone may read
     * of it, signed in or not.
     */
    public record EditionSummary(
            UUID editionId,
            String name,
            Integer year,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            EditionStage stage,
            String theme,
            int lateMilestones) {}

    /** What anyone may read of a forum edition; its identifier names its translations. */
    public record PublicEdition(
            UUID editionId,
            String name,
            Integer year,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            EditionStage stage,
            String theme,
            List<PublicMilestone> roadmap,
            int lateMilestones) {}

    /** What anyone may read of a milestone: its owner is the organisation or body that carries it. */
    public record PublicMilestone(
            String milestone,
            String title,
            String owner,
            LocalDate dueOn,
            MilestoneStatus status,
            int progress,
            int reschedules,
            LocalDate completedOn,
            boolean late) {}

    public record Edition(
            UUID editionId,
            String name,
            Integer year,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            EditionStage stage,
            String theme,
            ThemeStatus themeStatus,
            UUID themeBallotId,
            HostAgreement hostAgreement,
            LocalOrganizingCommittee localOrganizingCommittee,
            String organizingGovernance,
            String outcome,
            List<PreparatoryMeeting> preparatoryMeetings,
            List<Milestone> roadmap,
            int lateMilestones) {}

    public record HostAgreement(AgreementStatus status, List<String> parties, LocalDate signedOn, String place) {}

    public record LocalOrganizingCommittee(List<String> members, LocalDate launchedOn) {}

    public record PreparatoryMeeting(LocalDate heldFrom, LocalDate heldTo, String place, String summary) {}

    /** @param late past its due date and neither done nor cancelled */
    public record Milestone(
            String milestone,
            String title,
            String owner,
            LocalDate dueOn,
            MilestoneStatus status,
            int progress,
            String note,
            int reschedules,
            LocalDate completedOn,
            boolean late) {}
}
