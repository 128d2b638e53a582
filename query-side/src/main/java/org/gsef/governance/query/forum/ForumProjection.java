package org.gsef.governance.query.forum;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldRow;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the forum editions read model: past editions, the preparation of the next one, and its roadmap. * A fold: rows change in memory and are written once per batch.
 */
@Component
@ProcessingGroup(ForumProjection.PROCESSOR)
public class ForumProjection implements Folding {

    public static final String PROCESSOR = "forum";
    static final FoldTable EDITIONS = FoldTable.of("forum_edition_view", "edition_id");
    static final FoldTable PREPARATORY_MEETINGS =
            FoldTable.of("preparatory_meeting_view", "edition_id", "held_from", "place");
    static final FoldTable MILESTONES = FoldTable.of("milestone_view", "edition_id", "milestone");

    public static final ReadModel READ_MODEL =
            ReadModel.of(PROCESSOR, ForumProjection::new, EDITIONS, PREPARATORY_MEETINGS, MILESTONES);

    private final Fold fold;
    private final JdbcClient jdbc;

    public ForumProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(PastEditionRecorded event) {
        edition(
                        event.editionId(),
                        event.name(),
                        event.city(),
                        event.country(),
                        event.startsOn(),
                        event.endsOn(),
                        EditionStage.PAST)
                .ifPresent(row -> row.set("edition_year", event.year())
                        .set("theme", event.theme())
                        .set("theme_status", event.theme() == null ? null : ThemeStatus.ADOPTED.name())
                        .set("outcome", event.outcome()));
    }

    @EventHandler
    void on(EditionPreparationStarted event) {
        edition(
                        event.editionId(),
                        event.name(),
                        event.hostCity(),
                        event.country(),
                        event.startsOn(),
                        event.endsOn(),
                        EditionStage.IN_PREPARATION)
                .ifPresent(row -> row.set(
                        "edition_year",
                        event.startsOn() == null ? null : event.startsOn().getYear()));
    }

    @EventHandler
    void on(EditionDatesFixed event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("starts_on", event.startsOn())
                        .set("ends_on", event.endsOn())
                        .set("edition_year", event.startsOn().getYear()));
    }

    @EventHandler
    void on(HostAgreementDrafted event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("agreement_status", AgreementStatus.DRAFTED.name())
                        .set("agreement_parties", JsonColumns.list(event.parties())));
    }

    @EventHandler
    void on(HostAgreementSigned event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("agreement_status", AgreementStatus.SIGNED.name())
                        .set("agreement_parties", JsonColumns.list(event.parties()))
                        .set("agreement_signed_on", event.signedOn())
                        .set("agreement_place", event.place()));
    }

    @EventHandler
    void on(LocalOrganizingCommitteeLaunched event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("committee_members", JsonColumns.list(event.members()))
                        .set("committee_launched_on", event.launchedOn()));
    }

    @EventHandler
    void on(ThemeProposed event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("theme", event.theme()).set("theme_status", ThemeStatus.PROPOSED.name()));
    }

    @EventHandler
    void on(ThemeAdopted event) {
        edition(event.editionId())
                .ifPresent(row -> row.set("theme", event.theme())
                        .set("theme_status", ThemeStatus.ADOPTED.name())
                        .set("theme_ballot_id", event.ballotId()));
    }

    @EventHandler
    void on(OrganizingGovernanceDefined event) {
        edition(event.editionId()).ifPresent(row -> row.set("governance", event.description()));
    }

    @EventHandler
    void on(PreparatoryMeetingRecorded event) {
        fold.batch()
                .row(PREPARATORY_MEETINGS, event.editionId(), event.heldFrom(), event.place())
                .set("held_to", event.heldTo())
                .set("summary", event.summary());
    }

    /** Planned once: planned again, its title, owner and due date are restated. */
    @EventHandler
    void on(MilestonePlanned event) {
        FoldBatch batch = fold.batch();
        boolean planned =
                batch.find(MILESTONES, event.editionId(), event.milestone()).isPresent();
        FoldRow row = batch.row(MILESTONES, event.editionId(), event.milestone())
                .set("title", event.title())
                .set("owner", event.owner())
                .set("due_on", event.dueOn());
        if (!planned) {
            row.set("status", "PLANNED").set("progress", 0).set("reschedules", 0);
        }
    }

    @EventHandler
    void on(MilestoneProgressReported event) {
        milestone(event.editionId(), event.milestone())
                .ifPresent(row -> row.set("progress", event.percent())
                        .set("note", event.note())
                        .set("status", MilestoneStatus.IN_PROGRESS.name()));
    }

    @EventHandler
    void on(MilestoneCompleted event) {
        milestone(event.editionId(), event.milestone())
                .ifPresent(
                        row -> row.set("status", "DONE").set("progress", 100).set("completed_on", event.completedOn()));
    }

    @EventHandler
    void on(MilestoneFlaggedAtRisk event) {
        milestone(event.editionId(), event.milestone())
                .ifPresent(row -> row.set("status", "AT_RISK").set("note", event.reason()));
    }

    @EventHandler
    void on(MilestoneRescheduled event) {
        milestone(event.editionId(), event.milestone())
                .ifPresent(row -> row.set("due_on", event.dueOn())
                        .set("reschedules", row.number("reschedules") + 1)
                        .set("note", "Rescheduled: " + event.reason()));
    }

    @EventHandler
    void on(MilestoneCancelled event) {
        milestone(event.editionId(), event.milestone())
                .ifPresent(row -> row.set("status", "CANCELLED").set("note", event.reason()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM milestone_view").update();
        jdbc.sql("DELETE FROM preparatory_meeting_view").update();
        jdbc.sql("DELETE FROM forum_edition_view").update();
    }

    /**
     * An edition recorded or started once: handled a second time, only its name is restated and nothing else is
     * answered; the first time, its row with the columns given, answered for the rest.
     */
    private Optional<FoldRow> edition(
            UUID id,
            String name,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            EditionStage stage) {
        FoldBatch batch = fold.batch();
        if (batch.find(EDITIONS, id).isPresent()) {
            batch.row(EDITIONS, id).set("name", name);
            return Optional.empty();
        }
        return Optional.of(batch.row(EDITIONS, id)
                .set("name", name)
                .set("city", city)
                .set("country", country)
                .set("starts_on", startsOn)
                .set("ends_on", endsOn)
                .set("stage", stage.name()));
    }

    private Optional<FoldRow> edition(UUID id) {
        return fold.batch().find(EDITIONS, id);
    }

    private Optional<FoldRow> milestone(UUID edition, String milestone) {
        return fold.batch().find(MILESTONES, edition, milestone);
    }
}
