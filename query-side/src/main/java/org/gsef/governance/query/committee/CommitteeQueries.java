package org.gsef.governance.query.committee;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.committee.BallotOutcome;
import org.gsef.governance.kernel.committee.MajorityRule;
import org.gsef.governance.kernel.committee.MeetingParticipant;
import org.gsef.governance.kernel.committee.QuorumRule;
import org.gsef.governance.kernel.committee.TieRule;
import org.gsef.governance.kernel.committee.VotingRule;
import org.gsef.governance.kernel.membership.Tally;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.TitleSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers queries about the Committee: ballots, seats, decisions and meetings. */
@Component
public class CommitteeQueries {

    /** How many ballots one query of their votes or statements names (bind parameters are bounded). */
    private static final int IDS_PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    public CommitteeQueries(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    public List<BallotView> ballots(BallotState status, int offset, int limit) {
        // Two statements, each planned for its own index, rather than one ":status IS NULL OR ..." for both.
        String where = status == null ? "" : " WHERE status = :status";
        JdbcClient.StatementSpec page = jdbc.sql("SELECT * FROM ballot_view" + where
                        + " ORDER BY opened_at DESC, ballot_id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit);
        if (status != null) {
            page = page.param("status", status.name());
        }
        return withVotesAndStatements(page.query((rs, row) -> ballot(rs)).list());
    }

    /** Ballots open for votes: {@code all} of them, and those of them whose closing time passed before {@code now}. */
    public record OpenBallots(long all, long pastDeadline) {}

    public OpenBallots openBallots(Instant now) {
        return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE closes_at IS NOT NULL AND closes_at < :now)"
                        + " FROM ballot_view WHERE status = '" + BallotState.OPEN.name() + "'")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new OpenBallots(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** A ballot with a deadline (one by written procedure), as the calendar shows it. */
    public record BallotDeadline(
            UUID ballotId,
            String decisionType,
            UUID referenceId,
            String title,
            String procedure,
            OffsetDateTime closesAt,
            BallotState status) {}

    /** The ballots with a deadline, the soonest first. */
    public List<BallotDeadline> deadlines() {
        return jdbc.sql("SELECT ballot_id, decision_type, reference_id, title, procedure, closes_at, status"
                        + " FROM ballot_view WHERE closes_at IS NOT NULL ORDER BY closes_at, ballot_id")
                .query((rs, row) -> new BallotDeadline(
                        rs.getObject("ballot_id", UUID.class),
                        rs.getString("decision_type"),
                        rs.getObject("reference_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("procedure"),
                        rs.getObject("closes_at", OffsetDateTime.class),
                        BallotState.valueOf(rs.getString("status"))))
                .list();
    }

    public BallotView ballot(UUID ballotId) {
        return withVotesAndStatements(jdbc.sql("SELECT * FROM ballot_view WHERE ballot_id = :id")
                        .param("id", ballotId)
                        .query((rs, row) -> ballot(rs))
                        .list())
                .stream()
                .findFirst()
                .orElse(null);
    }

    public List<Seat> seats() {
        return jdbc.sql("SELECT * FROM committee_seat_view ORDER BY office, seat")
                .query(Seat.class)
                .list();
    }

    /**
     * The register of decisions: every closed ballot of every type, newest first, with its subject, rule, quorum,
     * tally, outcome and why, how it was held, and the chair's statement. Cancelled ballots decided nothing and are
     * not in it. The audit's list of decisions, computed from the events, names the same ballots.
     */
    public List<Decision> decisions() {
        List<BallotView> closed = jdbc.sql(
                        "SELECT * FROM ballot_view WHERE status = :closed ORDER BY closed_at DESC, ballot_id")
                .param("closed", BallotState.CLOSED.name())
                .query((rs, row) -> ballot(rs))
                .list();
        return withVotesAndStatements(closed).stream().map(Decision::of).toList();
    }

    /**
     * The ballots with their votes and decision statements, read in two queries per 500 ballots (not two per ballot: a
     * page of fifty made a hundred and one round trips).
     */
    private List<BallotView> withVotesAndStatements(List<BallotView> ballots) {
        Map<UUID, List<BallotView.Vote>> votes = new HashMap<>();
        Map<UUID, Map<String, String>> statements = new HashMap<>();
        for (int from = 0; from < ballots.size(); from += IDS_PER_QUERY) {
            List<UUID> ids = ballots.subList(from, Math.min(from + IDS_PER_QUERY, ballots.size())).stream()
                    .map(BallotView::ballotId)
                    .toList();
            jdbc.sql("SELECT * FROM ballot_vote_view WHERE ballot_id IN (:ids) ORDER BY cast_at, seat")
                    .param("ids", ids)
                    .query(rs -> {
                        votes.computeIfAbsent(rs.getObject("ballot_id", UUID.class), id -> new ArrayList<>())
                                .add(new BallotView.Vote(
                                        rs.getString("seat"),
                                        rs.getString("choice"),
                                        rs.getString("reason"),
                                        rs.getString("cast_by"),
                                        rs.getInt("changes"),
                                        rs.getObject("cast_at", OffsetDateTime.class)));
                    });
            jdbc.sql("SELECT ballot_id, language, statement FROM ballot_statement_view WHERE ballot_id IN (:ids)"
                            + " ORDER BY language")
                    .param("ids", ids)
                    .query(rs -> {
                        statements
                                .computeIfAbsent(rs.getObject("ballot_id", UUID.class), id -> new LinkedHashMap<>())
                                .put(rs.getString("language"), rs.getString("statement"));
                    });
        }
        return ballots.stream()
                .map(ballot -> ballot.withVotesAndStatement(
                        votes.getOrDefault(ballot.ballotId(), List.of()),
                        statements.getOrDefault(ballot.ballotId(), Map.of())))
                .toList();
    }

    private static VotingRule rule(ResultSet rs) throws SQLException {
        return new VotingRule(
                QuorumRule.valueOf(rs.getString("quorum_rule")),
                MajorityRule.valueOf(rs.getString("majority_rule")),
                TieRule.valueOf(rs.getString("tie_rule")));
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        return new Tally(rs.getInt("yes_votes"), rs.getInt("no_votes"), rs.getInt("abstentions"));
    }

    /** The standing rule of each decision type in force, with the ballot that adopted it (null: the initial rules). */
    public List<StandingRuleInForce> standingRules() {
        return jdbc.sql("SELECT * FROM committee_standing_rule_view ORDER BY decision_type")
                .query((rs, row) -> new StandingRuleInForce(
                        rs.getString("decision_type"),
                        rule(rs),
                        rs.getString("minimum_written_period"),
                        rs.getObject("adopted_by", UUID.class),
                        rs.getObject("in_force_since", OffsetDateTime.class)))
                .list();
    }

    /** The conflicts of interest declared, on one subject or on all. */
    public List<Conflict> conflicts(UUID referenceId) {
        if (referenceId == null) {
            return jdbc.sql("SELECT * FROM committee_conflict_view ORDER BY declared_at, seat")
                    .query(Conflict.class)
                    .list();
        }
        return jdbc.sql(
                        "SELECT * FROM committee_conflict_view WHERE reference_id = :reference ORDER BY declared_at, seat")
                .param("reference", referenceId)
                .query(Conflict.class)
                .list();
    }

    /** The advisors, their names unsealed; an erased advisor reads as such. */
    public List<Advisor> advisors() {
        return jdbc.sql("SELECT * FROM advisor_view ORDER BY appointed_in, recorded_at")
                .query((rs, row) -> {
                    var name = vault.unseal(new SealedPersonalData(
                            rs.getObject("name_subject", UUID.class), rs.getString("name_ciphertext")));
                    return new Advisor(
                            rs.getObject("advisor_id", UUID.class),
                            name.orElse(null),
                            name.isEmpty(),
                            rs.getInt("appointed_in"));
                })
                .list();
    }

    public List<Meeting> meetings() {
        return jdbc.sql("SELECT * FROM meeting_view ORDER BY starts_on, meeting_id")
                .query((rs, row) -> meeting(rs))
                .list();
    }

    public Meeting meeting(UUID meetingId) {
        return jdbc.sql("SELECT * FROM meeting_view WHERE meeting_id = :id")
                .param("id", meetingId)
                .query((rs, row) -> meeting(rs))
                .optional()
                .orElse(null);
    }

    private BallotView ballot(ResultSet rs) throws SQLException {
        VotingRule rule = rule(rs);
        List<String> electorate = JsonColumns.list(rs.getString("electorate"));
        Tally tally = tally(rs);
        return new BallotView(
                rs.getObject("ballot_id", UUID.class),
                rs.getString("decision_type"),
                rs.getObject("reference_id", UUID.class),
                rs.getString("title"),
                rs.getString("procedure"),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("closes_at", OffsetDateTime.class),
                rule,
                electorate,
                JsonColumns.list(rs.getString("present")),
                JsonColumns.map(rs.getString("proxies")),
                JsonColumns.list(rs.getString("recused")),
                BallotState.valueOf(rs.getString("status")),
                rs.getString("outcome") == null ? null : BallotOutcome.valueOf(rs.getString("outcome")),
                tally,
                (Integer) rs.getObject("quorum_required", Integer.class),
                (Integer) rs.getObject("quorum_reached", Integer.class),
                rs.getString("casting_vote"),
                rs.getString("closed_by"),
                rs.getInt("refused_attempts"),
                rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getLong("version"),
                List.of(),
                rs.getObject("rule_adopted_by", UUID.class),
                rs.getString("result_reason"),
                rs.getString("cancel_reason"),
                Map.of(),
                rs.getObject("effective_on", LocalDate.class),
                BallotView.Marks.of(rule, electorate.size(), tally));
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(
                rs.getObject("meeting_id", UUID.class),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("format"),
                rs.getString("location"),
                JsonColumns.list(rs.getString("agenda")),
                JsonColumns.list(rs.getString("present")),
                JsonColumns.map(rs.getString("proxies")),
                rs.getString("minutes"),
                rs.getObject("minutes_approved_by", UUID.class),
                participants(rs.getString("participants")),
                rs.getString("status"),
                rs.getString("status_reason"),
                rs.getObject("agenda_published_at", OffsetDateTime.class));
    }

    private static List<MeetingParticipant> participants(String json) {
        try {
            return List.of(CommitteeProjection.JSON.readValue(json, MeetingParticipant[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable participants of a meeting", e);
        }
    }

    public record Seat(
            String seat, String organisationName, UUID memberId, String office, String delegate, boolean retired) {}

    /** @param minimumWrittenPeriod ISO-8601, such as {@code PT168H} */
    public record StandingRuleInForce(
            String decisionType,
            VotingRule rule,
            String minimumWrittenPeriod,
            UUID adoptedBy,
            OffsetDateTime inForceSince) {}

    public record Conflict(String seat, UUID referenceId, String reason, OffsetDateTime declaredAt) {}

    /** @param erased the advisor's personal data was erased */
    public record Advisor(UUID advisorId, String name, boolean erased, int appointedIn) {}

    /**
     * A decision of the Committee, as the register shows it.
     *
     * @param procedure {@code AT_MEETING} (with {@code meetingId}) or {@code WRITTEN}
     * @param ruleAdoptedBy the ballot that adopted the rule it was decided by; null for the initial standing rules
     * @param reason the step of the count that decided it
     * @param closedAt when its closing was recorded
     * @param effectiveOn the day it took effect: the day of closing, or the earlier day of the meeting that took it
     * @param statement the chair's statement of the outcome by language
     * @param history its history on the audit trail
     */
    public record Decision(
            UUID ballotId,
            String decisionType,
            UUID referenceId,
            String title,
            String procedure,
            UUID meetingId,
            VotingRule rule,
            UUID ruleAdoptedBy,
            int quorumRequired,
            int quorumReached,
            Tally tally,
            BallotOutcome outcome,
            String reason,
            String castingVote,
            OffsetDateTime closedAt,
            LocalDate effectiveOn,
            Map<String, String> statement,
            String ballot,
            String history) {

        static Decision of(BallotView closed) {
            return new Decision(
                    closed.ballotId(),
                    closed.decisionType(),
                    closed.referenceId(),
                    closed.title(),
                    closed.procedure(),
                    closed.meetingId(),
                    closed.rule(),
                    closed.ruleAdoptedBy(),
                    closed.quorumRequired(),
                    closed.quorumReached(),
                    closed.tally(),
                    closed.outcome(),
                    closed.resultReason(),
                    closed.castingVote(),
                    closed.closedAt(),
                    closed.effectiveOn(),
                    closed.statement(),
                    "/api/ballots/" + closed.ballotId(),
                    "/api/audit/entities/" + closed.ballotId() + "/timeline");
        }
    }

    /**
     * @param proxies seat to the seat holding its proxy
     * @param participants who takes part besides the voting seats
     * @param status SCHEDULED or CANCELLED
     * @param statusReason why it was last moved or cancelled, if it was
     * @param agendaPublishedAt when its agenda was last published after scheduling, if it was
     */
    public record Meeting(
            UUID meetingId,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            String format,
            String location,
            List<String> agenda,
            List<String> present,
            Map<String, String> proxies,
            String minutes,
            UUID minutesApprovedBy,
            List<MeetingParticipant> participants,
            String status,
            String statusReason,
            OffsetDateTime agendaPublishedAt) {}

    /** Ballots whose title holds the words, with the day each opened. */
    public List<TitleSearch.Found> searchBallots(String pattern) {
        return TitleSearch.find(jdbc, "ballot_view", "ballot_id", "title", "opened_at", pattern, null);
    }
}
