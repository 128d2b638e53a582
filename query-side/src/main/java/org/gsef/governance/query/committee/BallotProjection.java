package org.gsef.governance.query.committee;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.gsef.governance.kernel.committee.BallotEvent.BallotCancelled;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDeadlineExtended;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.DecisionStatementRecorded;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.BallotEvent.VoteChanged;
import org.gsef.governance.kernel.committee.BallotEvent.VoteRefused;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldRow;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the ballots read model: the rule and electorate stated at opening, the live tally, who voted, the result or
 * the cancellation, and the chair's statements of the outcome; the register of decisions is its closed ballots. A
 * fold: a batch's events change the ballots' rows in memory, written once per batch.
 */
@Component
@ProcessingGroup(BallotProjection.PROCESSOR)
public class BallotProjection implements Folding {

    public static final String PROCESSOR = "ballots";
    static final FoldTable BALLOTS = FoldTable.of("ballot_view", "ballot_id");
    static final FoldTable VOTES = FoldTable.of("ballot_vote_view", "ballot_id", "seat");
    static final FoldTable STATEMENTS = FoldTable.of("ballot_statement_view", "ballot_id", "language");

    /** The tally's column for each choice counted. */
    private static final Map<String, String> TALLY =
            Map.of("YES", "yes_votes", "NO", "no_votes", "ABSTAIN", "abstentions");

    public static final ReadModel READ_MODEL =
            ReadModel.of(PROCESSOR, BallotProjection::new, BALLOTS, VOTES, STATEMENTS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public BallotProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    /** Opened once: a second handling only moves the version. */
    @EventHandler
    void on(BallotOpened event, @SequenceNumber long version) {
        FoldBatch batch = fold.batch();
        if (batch.find(BALLOTS, event.ballotId()).isPresent()) {
            batch.row(BALLOTS, event.ballotId()).set("version", version);
            return;
        }
        batch.row(BALLOTS, event.ballotId())
                .set("decision_type", event.subject().type().name())
                .set("reference_id", event.subject().referenceId())
                .set("title", event.subject().title())
                .set("procedure", event.procedure().name())
                .set("meeting_id", event.meetingId())
                .set("closes_at", timestamp(event.closesAt()))
                .set("quorum_rule", event.rule().quorum().name())
                .set("majority_rule", event.rule().majority().name())
                .set("tie_rule", event.rule().tie().name())
                .set("electorate", JsonColumns.list(event.electorate()))
                .set("present", JsonColumns.list(event.present()))
                .set("proxies", JsonColumns.map(event.proxies()))
                .set("recused", JsonColumns.list(event.recused()))
                .set("status", BallotState.OPEN.name())
                .set("yes_votes", 0)
                .set("no_votes", 0)
                .set("abstentions", 0)
                .set("refused_attempts", 0)
                .set("opened_at", timestamp(event.openedAt()))
                .set("rule_adopted_by", event.ruleAdoptedBy())
                .set("version", version);
    }

    @EventHandler
    void on(VoteCast event, @SequenceNumber long version) {
        FoldBatch batch = fold.batch();
        String before = batch.find(VOTES, event.ballotId(), event.seat())
                .map(vote -> vote.text("choice"))
                .orElse(null);
        FoldRow vote = batch.row(VOTES, event.ballotId(), event.seat());
        if (before == null) {
            vote.set("changes", 0);
        }
        vote.set("choice", event.choice().name())
                .set("reason", event.reason())
                .set("cast_by", event.castBy())
                .set("cast_at", timestamp(event.at()));
        tally(event.ballotId(), before, event.choice().name(), version);
    }

    @EventHandler
    void on(VoteChanged event, @SequenceNumber long version) {
        FoldBatch batch = fold.batch();
        String choice = event.choice().name();
        String before = null;
        FoldRow vote = batch.find(VOTES, event.ballotId(), event.seat()).orElse(null);
        if (vote != null && !choice.equals(vote.text("choice"))) {
            before = vote.text("choice");
            vote.set("choice", choice)
                    .set("reason", event.reason())
                    .set("cast_by", event.castBy())
                    .set("cast_at", timestamp(event.at()))
                    .set("changes", vote.number("changes") + 1);
        }
        tally(event.ballotId(), before, vote == null || before == null ? null : choice, version);
    }

    @EventHandler
    void on(VoteRefused event, @SequenceNumber long version) {
        ballot(event.ballotId())
                .filter(ballot -> ballot.number("version") < version)
                .ifPresent(ballot -> ballot.set("refused_attempts", ballot.number("refused_attempts") + 1)
                        .set("version", version));
    }

    @EventHandler
    void on(BallotClosed event, @SequenceNumber long version) {
        ballot(event.ballotId())
                .ifPresent(ballot -> ballot.set("status", BallotState.CLOSED.name())
                        .set("outcome", event.outcome().name())
                        .set("yes_votes", event.tally().yes())
                        .set("no_votes", event.tally().no())
                        .set("abstentions", event.tally().abstain())
                        .set("quorum_required", event.quorumRequired())
                        .set("quorum_reached", event.quorumReached())
                        .set(
                                "casting_vote",
                                event.castingVote() == null
                                        ? null
                                        : event.castingVote().name())
                        .set("closed_by", event.closedBy().name())
                        .set("closed_at", timestamp(event.at()))
                        .set("result_reason", event.reason().name())
                        .set("effective_on", event.effectiveOn())
                        .set("version", version));
    }

    @EventHandler
    void on(BallotDeadlineExtended event, @SequenceNumber long version) {
        ballot(event.ballotId())
                .ifPresent(ballot ->
                        ballot.set("closes_at", timestamp(event.closesAt())).set("version", version));
    }

    @EventHandler
    void on(BallotCancelled event, @SequenceNumber long version) {
        ballot(event.ballotId())
                .ifPresent(ballot -> ballot.set("status", BallotState.CANCELLED.name())
                        .set("cancel_reason", event.reason())
                        .set("closed_by", event.by().name())
                        .set("closed_at", timestamp(event.at()))
                        .set("version", version));
    }

    /** The chair's statement replaces the earlier one in each language it gives. */
    @EventHandler
    void on(DecisionStatementRecorded event, @SequenceNumber long version) {
        FoldBatch batch = fold.batch();
        event.statement()
                .forEach((language, text) -> batch.row(STATEMENTS, event.ballotId(), language.name())
                        .set("statement", text)
                        .set("recorded_at", timestamp(event.at())));
        ballot(event.ballotId()).ifPresent(ballot -> ballot.set("version", version));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM ballot_vote_view").update();
        jdbc.sql("DELETE FROM ballot_statement_view").update();
        jdbc.sql("DELETE FROM ballot_view").update();
    }

    private Optional<FoldRow> ballot(UUID id) {
        return fold.batch().find(BALLOTS, id);
    }

    /**
     * The live tally follows the votes: a seat's vote moves from the choice it had (none for a first vote) to the one it
     * has, so handling an event twice cannot count a vote twice.
     */
    private void tally(UUID id, String from, String to, long version) {
        ballot(id).ifPresent(ballot -> {
            if (from != null && !from.equals(to) && TALLY.containsKey(from)) {
                ballot.set(TALLY.get(from), ballot.number(TALLY.get(from)) - 1);
            }
            if (to != null && !to.equals(from) && TALLY.containsKey(to)) {
                ballot.set(TALLY.get(to), ballot.number(TALLY.get(to)) + 1);
            }
            ballot.set("version", version);
        });
    }
}
