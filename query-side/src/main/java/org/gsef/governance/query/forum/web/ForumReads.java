package org.gsef.governance.query.forum.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.forum.MilestoneStatus;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.forum.AgreementStatus;
import org.gsef.governance.query.forum.EditionStage;
import org.gsef.governance.query.forum.ThemeStatus;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum editions: past ones as recorded, and the one in preparation with its steps and its roadmap, where a
 * milestone past its due date and neither done nor cancelled is late.
 */
@RestController
class ForumReads {

    private final JdbcClient jdbc;
    private final Clock clock;

    ForumReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/forum/editions")
    List<Edition> editions() {
        ReadAccess.signedIn();
        return jdbc.sql("SELECT * FROM forum_edition_view ORDER BY COALESCE(edition_year, 9999), name")
                .query((rs, row) -> edition(rs, null))
                .list();
    }

    @GetMapping("/api/forum/editions/{editionId}")
    Edition edition(@PathVariable UUID editionId, @RequestParam(required = false) LocalDate on) {
        ReadAccess.signedIn();
        LocalDate today = on != null ? on : LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM forum_edition_view WHERE edition_id = :id")
                .param("id", editionId)
                .query((rs, row) -> edition(rs, today))
                .optional()
                .orElseThrow(() -> new NotFound("forum edition " + editionId));
    }

    /**
     * The forums being prepared (GSEF2020 first, then the editions not yet past) with their roadmaps, for anyone: what
     * the network publishes about them, without the organizing committee's members or the host agreement's parties,
     * and without the milestones' notes, which are written for the record and may name a person.
     */
    @GetMapping("/api/public/forum/editions")
    List<PublicEdition> inPreparation() {
        LocalDate today = LocalDate.now(clock);
        return jdbc
                .sql("SELECT * FROM forum_edition_view WHERE stage <> '" + EditionStage.PAST.name()
                        + "' OR name = 'GSEF2020'"
                        + " ORDER BY CASE WHEN name = 'GSEF2020' THEN 0 ELSE 1 END, COALESCE(edition_year, 9999), name")
                .query((rs, row) -> edition(rs, today))
                .list()
                .stream()
                .map(edition -> new PublicEdition(
                        edition.editionId(),
                        edition.name(),
                        edition.year(),
                        edition.city(),
                        edition.country(),
                        edition.startsOn(),
                        edition.endsOn(),
                        edition.stage(),
                        edition.theme(),
                        edition.roadmap().stream()
                                .map(milestone -> new PublicMilestone(
                                        milestone.milestone(),
                                        milestone.title(),
                                        milestone.owner(),
                                        milestone.dueOn(),
                                        milestone.status(),
                                        milestone.progress(),
                                        milestone.reschedules(),
                                        milestone.completedOn(),
                                        milestone.late()))
                                .toList(),
                        edition.lateMilestones()))
                .toList();
    }

    /** What anyone may read of a forum edition; its identifier names its translations. */
    record PublicEdition(
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
    record PublicMilestone(
            String milestone,
            String title,
            String owner,
            LocalDate dueOn,
            MilestoneStatus status,
            int progress,
            int reschedules,
            LocalDate completedOn,
            boolean late) {}

    private Edition edition(ResultSet rs, LocalDate today) throws SQLException {
        UUID id = rs.getObject("edition_id", UUID.class);
        List<Milestone> roadmap = today == null ? null : roadmap(id, today);
        List<PreparatoryMeeting> meetings = today == null
                ? null
                : jdbc.sql("SELECT * FROM preparatory_meeting_view WHERE edition_id = :id ORDER BY held_from")
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
                roadmap == null
                        ? 0
                        : (int) roadmap.stream().filter(Milestone::late).count());
    }

    private List<Milestone> roadmap(UUID edition, LocalDate today) {
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

    record Edition(
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

    record HostAgreement(AgreementStatus status, List<String> parties, LocalDate signedOn, String place) {}

    record LocalOrganizingCommittee(List<String> members, LocalDate launchedOn) {}

    record PreparatoryMeeting(LocalDate heldFrom, LocalDate heldTo, String place, String summary) {}

    /** @param late past its due date and neither done nor cancelled */
    record Milestone(
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
