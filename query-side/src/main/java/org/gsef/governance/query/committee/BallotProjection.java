package org.gsef.governance.query.committee;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the ballots read model: the rule and electorate stated at opening, the live tally, who voted, the result or
 * the cancellation, and the chair's statements of the outcome; the register of decisions is its closed ballots.
 */
@Component
@ProcessingGroup(BallotProjection.PROCESSOR)
public class BallotProjection {

    public static final String PROCESSOR = "ballots";

    private final JdbcClient jdbc;

    public BallotProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BallotOpened event, @SequenceNumber long version) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", event.ballotId());
        row.put("type", event.subject().type().name());
        row.put("reference", event.subject().referenceId());
        row.put("title", event.subject().title());
        row.put("procedure", event.procedure().name());
        row.put("meeting", event.meetingId());
        row.put("closesAt", timestamp(event.closesAt()));
        row.put("quorum", event.rule().quorum().name());
        row.put("majority", event.rule().majority().name());
        row.put("tie", event.rule().tie().name());
        row.put("electorate", JsonColumns.list(event.electorate()));
        row.put("present", JsonColumns.list(event.present()));
        row.put("proxies", JsonColumns.map(event.proxies()));
        row.put("recused", JsonColumns.list(event.recused()));
        row.put("openedAt", timestamp(event.openedAt()));
        row.put("ruleAdoptedBy", event.ruleAdoptedBy());
        row.put("version", version);
        row.put("open", BallotState.OPEN.name());
        Rows.upsert(jdbc, "UPDATE ballot_view SET version = :version WHERE ballot_id = :id", """
                INSERT INTO ballot_view
                       (ballot_id, decision_type, reference_id, title, procedure, meeting_id, closes_at, quorum_rule,
                        majority_rule, tie_rule, electorate, present, proxies, recused, status, yes_votes, no_votes,
                        abstentions, refused_attempts, opened_at, rule_adopted_by, version)
                VALUES (:id, :type, :reference, :title, :procedure, :meeting, :closesAt, :quorum, :majority, :tie,
                        :electorate, :present, :proxies, :recused, :open, 0, 0, 0, 0, :openedAt, :ruleAdoptedBy,
                        :version)""", row);
    }

    @EventHandler
    void on(VoteCast event, @SequenceNumber long version) {
        Rows.upsert(
                jdbc,
                """
                UPDATE ballot_vote_view SET choice = :choice, reason = :reason, cast_by = :castBy, cast_at = :at
                 WHERE ballot_id = :id AND seat = :seat""",
                """
                INSERT INTO ballot_vote_view (ballot_id, seat, choice, reason, cast_by, changes, cast_at)
                VALUES (:id, :seat, :choice, :reason, :castBy, 0, :at)""",
                vote(
                        event.ballotId(),
                        event.seat(),
                        event.choice().name(),
                        event.reason(),
                        event.castBy(),
                        event.at()));
        tally(event.ballotId(), version);
    }

    @EventHandler
    void on(VoteChanged event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE ballot_vote_view
                           SET choice = :choice, reason = :reason, cast_by = :castBy, cast_at = :at,
                               changes = changes + 1
                         WHERE ballot_id = :id AND seat = :seat AND choice <> :choice""")
                .params(vote(
                        event.ballotId(),
                        event.seat(),
                        event.choice().name(),
                        event.reason(),
                        event.castBy(),
                        event.at()))
                .update();
        tally(event.ballotId(), version);
    }

    @EventHandler
    void on(VoteRefused event, @SequenceNumber long version) {
        jdbc.sql("UPDATE ballot_view SET refused_attempts = refused_attempts + 1, version = :version"
                        + " WHERE ballot_id = :id AND version < :version")
                .param("version", version)
                .param("id", event.ballotId())
                .update();
    }

    @EventHandler
    void on(BallotClosed event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE ballot_view
                           SET status = :closed, outcome = :outcome, yes_votes = :yes, no_votes = :no,
                               abstentions = :abstain, quorum_required = :required, quorum_reached = :reached,
                               casting_vote = :casting, closed_by = :closedBy, closed_at = :at,
                               result_reason = :reason, effective_on = :effectiveOn, version = :version
                         WHERE ballot_id = :id""")
                .param("closed", BallotState.CLOSED.name())
                .param("outcome", event.outcome().name())
                .param("effectiveOn", event.effectiveOn())
                .param("yes", event.tally().yes())
                .param("no", event.tally().no())
                .param("abstain", event.tally().abstain())
                .param("required", event.quorumRequired())
                .param("reached", event.quorumReached())
                .param(
                        "casting",
                        event.castingVote() == null ? null : event.castingVote().name())
                .param("closedBy", event.closedBy().name())
                .param("at", timestamp(event.at()))
                .param("reason", event.reason().name())
                .param("version", version)
                .param("id", event.ballotId())
                .update();
    }

    @EventHandler
    void on(BallotDeadlineExtended event, @SequenceNumber long version) {
        jdbc.sql("UPDATE ballot_view SET closes_at = :closesAt, version = :version WHERE ballot_id = :id")
                .param("closesAt", timestamp(event.closesAt()))
                .param("version", version)
                .param("id", event.ballotId())
                .update();
    }

    @EventHandler
    void on(BallotCancelled event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE ballot_view
                           SET status = :cancelled, cancel_reason = :reason, closed_by = :by, closed_at = :at,
                               version = :version
                         WHERE ballot_id = :id""")
                .param("cancelled", BallotState.CANCELLED.name())
                .param("reason", event.reason())
                .param("by", event.by().name())
                .param("at", timestamp(event.at()))
                .param("version", version)
                .param("id", event.ballotId())
                .update();
    }

    /** The chair's statement replaces the earlier one in each language it gives. */
    @EventHandler
    void on(DecisionStatementRecorded event, @SequenceNumber long version) {
        event.statement()
                .forEach((language, text) -> Rows.upsert(
                        jdbc,
                        """
                UPDATE ballot_statement_view SET statement = :text, recorded_at = :at
                 WHERE ballot_id = :id AND language = :language""",
                        """
                INSERT INTO ballot_statement_view (ballot_id, language, statement, recorded_at)
                VALUES (:id, :language, :text, :at)""",
                        Map.of(
                                "id", event.ballotId(),
                                "language", language.name(),
                                "text", text,
                                "at", timestamp(event.at()))));
        jdbc.sql("UPDATE ballot_view SET version = :version WHERE ballot_id = :id")
                .param("version", version)
                .param("id", event.ballotId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM ballot_vote_view").update();
        jdbc.sql("DELETE FROM ballot_statement_view").update();
        jdbc.sql("DELETE FROM ballot_view").update();
    }

    /** The live tally, counted again from the votes, so handling an event twice cannot count a vote twice. */
    private void tally(UUID ballot, long version) {
        jdbc.sql("""
                        UPDATE ballot_view SET
                               yes_votes = (SELECT count(*) FROM ballot_vote_view v
                                             WHERE v.ballot_id = :id AND v.choice = 'YES'),
                               no_votes = (SELECT count(*) FROM ballot_vote_view v
                                            WHERE v.ballot_id = :id AND v.choice = 'NO'),
                               abstentions = (SELECT count(*) FROM ballot_vote_view v
                                               WHERE v.ballot_id = :id AND v.choice = 'ABSTAIN'),
                               version = :version
                         WHERE ballot_id = :id""").param("id", ballot).param("version", version).update();
    }

    private static Map<String, Object> vote(
            UUID ballot, String seat, String choice, String reason, String castBy, java.time.Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", ballot);
        row.put("seat", seat);
        row.put("choice", choice);
        row.put("reason", reason);
        row.put("castBy", castBy);
        row.put("at", timestamp(at));
        return row;
    }
}
