package org.gsef.governance.query.forum;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.forum.ForumEvent.EditionDatesFixed;
import org.gsef.governance.kernel.forum.ForumEvent.EditionPreparationStarted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementDrafted;
import org.gsef.governance.kernel.forum.ForumEvent.HostAgreementSigned;
import org.gsef.governance.kernel.forum.ForumEvent.LocalOrganizingCommitteeLaunched;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCancelled;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneCompleted;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneFlaggedAtRisk;
import org.gsef.governance.kernel.forum.ForumEvent.MilestonePlanned;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneProgressReported;
import org.gsef.governance.kernel.forum.ForumEvent.MilestoneRescheduled;
import org.gsef.governance.kernel.forum.ForumEvent.OrganizingGovernanceDefined;
import org.gsef.governance.kernel.forum.ForumEvent.PastEditionRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.PreparatoryMeetingRecorded;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeAdopted;
import org.gsef.governance.kernel.forum.ForumEvent.ThemeProposed;
import org.gsef.governance.kernel.forum.MilestoneStatus;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the forum editions read model: past editions, the preparation of the next one, and its roadmap. */
@Component
@ProcessingGroup(ForumProjection.PROCESSOR)
public class ForumProjection {

    public static final String PROCESSOR = "forum";

    private final JdbcClient jdbc;

    public ForumProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PastEditionRecorded event) {
        Map<String, Object> row = edition(
                event.editionId(),
                event.name(),
                event.city(),
                event.country(),
                event.startsOn(),
                event.endsOn(),
                EditionStage.PAST);
        row.put("year", event.year());
        row.put("theme", event.theme());
        row.put("themeStatus", event.theme() == null ? null : ThemeStatus.ADOPTED.name());
        row.put("outcome", event.outcome());
        insert(row);
    }

    @EventHandler
    void on(EditionPreparationStarted event) {
        Map<String, Object> row = edition(
                event.editionId(),
                event.name(),
                event.hostCity(),
                event.country(),
                event.startsOn(),
                event.endsOn(),
                EditionStage.IN_PREPARATION);
        row.put("year", event.startsOn() == null ? null : event.startsOn().getYear());
        row.put("theme", null);
        row.put("themeStatus", null);
        row.put("outcome", null);
        insert(row);
    }

    @EventHandler
    void on(EditionDatesFixed event) {
        jdbc.sql("UPDATE forum_edition_view SET starts_on = :from, ends_on = :to, edition_year = :year"
                        + " WHERE edition_id = :id")
                .param("from", event.startsOn())
                .param("to", event.endsOn())
                .param("year", event.startsOn().getYear())
                .param("id", event.editionId())
                .update();
    }

    @EventHandler
    void on(HostAgreementDrafted event) {
        update(
                event.editionId(),
                "agreement_status = '" + AgreementStatus.DRAFTED.name() + "', agreement_parties = :value",
                JsonColumns.list(event.parties()));
    }

    @EventHandler
    void on(HostAgreementSigned event) {
        jdbc.sql("""
                        UPDATE forum_edition_view SET agreement_status = :signed, agreement_parties = :parties,
                               agreement_signed_on = :on, agreement_place = :place
                         WHERE edition_id = :id""")
                .param("signed", AgreementStatus.SIGNED.name())
                .param("parties", JsonColumns.list(event.parties()))
                .param("on", event.signedOn())
                .param("place", event.place())
                .param("id", event.editionId())
                .update();
    }

    @EventHandler
    void on(LocalOrganizingCommitteeLaunched event) {
        jdbc.sql("UPDATE forum_edition_view SET committee_members = :members, committee_launched_on = :on"
                        + " WHERE edition_id = :id")
                .param("members", JsonColumns.list(event.members()))
                .param("on", event.launchedOn())
                .param("id", event.editionId())
                .update();
    }

    @EventHandler
    void on(ThemeProposed event) {
        update(
                event.editionId(),
                "theme = :value, theme_status = '" + ThemeStatus.PROPOSED.name() + "'",
                event.theme());
    }

    @EventHandler
    void on(ThemeAdopted event) {
        jdbc.sql("UPDATE forum_edition_view SET theme = :theme, theme_status = :adopted, theme_ballot_id = :ballot"
                        + " WHERE edition_id = :id")
                .param("adopted", ThemeStatus.ADOPTED.name())
                .param("theme", event.theme())
                .param("ballot", event.ballotId())
                .param("id", event.editionId())
                .update();
    }

    @EventHandler
    void on(OrganizingGovernanceDefined event) {
        update(event.editionId(), "governance = :value", event.description());
    }

    @EventHandler
    void on(PreparatoryMeetingRecorded event) {
        Rows.upsert(
                jdbc,
                """
                UPDATE preparatory_meeting_view SET held_to = :to, summary = :summary
                 WHERE edition_id = :id AND held_from = :from AND place = :place""",
                """
                INSERT INTO preparatory_meeting_view (edition_id, held_from, held_to, place, summary)
                VALUES (:id, :from, :to, :place, :summary)""",
                Map.of(
                        "id",
                        event.editionId(),
                        "from",
                        event.heldFrom(),
                        "to",
                        event.heldTo(),
                        "place",
                        event.place(),
                        "summary",
                        event.summary()));
    }

    @EventHandler
    void on(MilestonePlanned event) {
        Rows.upsert(
                jdbc,
                """
                UPDATE milestone_view SET title = :title, owner = :owner, due_on = :due
                 WHERE edition_id = :id AND milestone = :milestone""",
                """
                INSERT INTO milestone_view (edition_id, milestone, title, owner, due_on, status, progress, reschedules)
                VALUES (:id, :milestone, :title, :owner, :due, 'PLANNED', 0, 0)""",
                Map.of(
                        "id",
                        event.editionId(),
                        "milestone",
                        event.milestone(),
                        "title",
                        event.title(),
                        "owner",
                        event.owner(),
                        "due",
                        event.dueOn()));
    }

    @EventHandler
    void on(MilestoneProgressReported event) {
        jdbc.sql("UPDATE milestone_view SET progress = :progress, note = :note, status = :status"
                        + " WHERE edition_id = :id AND milestone = :milestone")
                .param("progress", event.percent())
                .param("note", event.note())
                .param("status", MilestoneStatus.IN_PROGRESS.name())
                .param("id", event.editionId())
                .param("milestone", event.milestone())
                .update();
    }

    @EventHandler
    void on(MilestoneCompleted event) {
        milestone(
                event.editionId(),
                event.milestone(),
                "status = 'DONE', progress = 100, completed_on = :value",
                event.completedOn());
    }

    @EventHandler
    void on(MilestoneFlaggedAtRisk event) {
        milestone(event.editionId(), event.milestone(), "status = 'AT_RISK', note = :value", event.reason());
    }

    @EventHandler
    void on(MilestoneRescheduled event) {
        milestone(
                event.editionId(), event.milestone(), "due_on = :value, reschedules = reschedules + 1", event.dueOn());
        milestone(event.editionId(), event.milestone(), "note = :value", "Rescheduled: " + event.reason());
    }

    @EventHandler
    void on(MilestoneCancelled event) {
        milestone(event.editionId(), event.milestone(), "status = 'CANCELLED', note = :value", event.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM milestone_view").update();
        jdbc.sql("DELETE FROM preparatory_meeting_view").update();
        jdbc.sql("DELETE FROM forum_edition_view").update();
    }

    private static Map<String, Object> edition(
            UUID id,
            String name,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            EditionStage stage) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("city", city);
        row.put("country", country);
        row.put("startsOn", startsOn);
        row.put("endsOn", endsOn);
        row.put("stage", stage.name());
        return row;
    }

    private void insert(Map<String, Object> row) {
        Rows.upsert(jdbc, "UPDATE forum_edition_view SET name = :name WHERE edition_id = :id", """
                INSERT INTO forum_edition_view
                       (edition_id, name, edition_year, city, country, starts_on, ends_on, stage, theme, theme_status,
                        outcome)
                VALUES (:id, :name, :year, :city, :country, :startsOn, :endsOn, :stage, :theme, :themeStatus,
                        :outcome)""", row);
    }

    private void update(UUID edition, String assignments, Object value) {
        jdbc.sql("UPDATE forum_edition_view SET " + assignments + " WHERE edition_id = :id")
                .param("value", value)
                .param("id", edition)
                .update();
    }

    private void milestone(UUID edition, String milestone, String assignments, Object value) {
        jdbc.sql("UPDATE milestone_view SET " + assignments + " WHERE edition_id = :id AND milestone = :milestone")
                .param("value", value)
                .param("id", edition)
                .param("milestone", milestone)
                .update();
    }
}
