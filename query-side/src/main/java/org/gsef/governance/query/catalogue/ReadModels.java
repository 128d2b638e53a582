package org.gsef.governance.query.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.gsef.governance.query.audit.AuditTrailProjection;
import org.gsef.governance.query.committee.BallotProjection;
import org.gsef.governance.query.committee.CommitteeProjection;
import org.gsef.governance.query.forum.ForumProjection;
import org.gsef.governance.query.members.MemberProjection;
import org.gsef.governance.query.membership.MembershipApplicationProjection;
import org.gsef.governance.query.objectives.PlanProjection;
import org.gsef.governance.query.program.ActivityProjection;
import org.gsef.governance.query.sources.SourceProjection;
import org.gsef.governance.query.translation.TranslationProjection;

/**
 * Every read model: the processor that builds it, how to make its projection over a given database (the live tables,
 * or the shadow tables of a rebuild), and the tables it owns.
 */
public final class ReadModels {

    /**
     * @param processor the name of its event processor, which is also how people name it
     * @param projection makes the projection that writes into the given database
     * @param tables the tables it writes, and nothing else writes
     */
    public record ReadModel(String processor, Function<DataSource, Object> projection, List<String> tables) {}

    public static final List<ReadModel> ALL = List.of(
            new ReadModel(
                    MembershipApplicationProjection.PROCESSOR,
                    MembershipApplicationProjection::new,
                    List.of("membership_application_view")),
            new ReadModel(
                    MemberProjection.PROCESSOR,
                    MemberProjection::new,
                    List.of("member_view", "member_opening_balance_view")),
            new ReadModel(
                    BallotProjection.PROCESSOR,
                    BallotProjection::new,
                    List.of("ballot_view", "ballot_vote_view", "ballot_statement_view")),
            new ReadModel(
                    CommitteeProjection.PROCESSOR,
                    CommitteeProjection::new,
                    List.of(
                            "committee_seat_view",
                            "advisor_view",
                            "meeting_view",
                            "committee_standing_rule_view",
                            "committee_conflict_view")),
            new ReadModel(
                    ForumProjection.PROCESSOR,
                    ForumProjection::new,
                    List.of("forum_edition_view", "preparatory_meeting_view", "milestone_view")),
            new ReadModel(ActivityProjection.PROCESSOR, ActivityProjection::new, List.of("activity_view")),
            new ReadModel(PlanProjection.PROCESSOR, PlanProjection::new, List.of("indicator_view")),
            new ReadModel(AuditTrailProjection.PROCESSOR, AuditTrailProjection::new, List.of("audit_trail")),
            new ReadModel(
                    SourceProjection.PROCESSOR,
                    SourceProjection::new,
                    List.of("source_disagreement_view", "source_disagreement_subject_view")),
            new ReadModel(TranslationProjection.PROCESSOR, TranslationProjection::new, List.of("translation_view")));

    private ReadModels() {}

    public static Optional<ReadModel> named(String processor) {
        return ALL.stream().filter(model -> model.processor().equals(processor)).findFirst();
    }
}
