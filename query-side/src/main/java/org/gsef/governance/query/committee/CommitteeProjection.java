package org.gsef.governance.query.committee;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gsef.governance.kernel.committee.CommitteeEvent.AdvisorRecorded;
import org.gsef.governance.kernel.committee.CommitteeEvent.ConflictOfInterestDeclared;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRuleAdopted;
import org.gsef.governance.kernel.committee.CommitteeEvent.StandingRulesRecorded;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MeetingEvent.AttendanceRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesApproved;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.ProxyGiven;
import org.gsef.governance.kernel.committee.MeetingParticipant;
import org.gsef.governance.kernel.committee.StandingRule;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the Committee's read models: its seats and delegates, its standing rules and declared conflicts of interest,
 * the resolutions it recorded, and its meetings.
 */
@Component
@ProcessingGroup(CommitteeProjection.PROCESSOR)
public class CommitteeProjection {

    public static final String PROCESSOR = "committee";

    private final JdbcClient jdbc;

    public CommitteeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SeatEstablished event) {
        Rows.upsert(jdbc, """
                UPDATE committee_seat_view SET organisation_name = :name, member_id = :member, office = :office,
                       retired = FALSE
                 WHERE seat = :seat""", """
                INSERT INTO committee_seat_view (seat, organisation_name, member_id, office, retired)
                VALUES (:seat, :name, :member, :office, FALSE)""", seat(event));
    }

    private static Map<String, Object> seat(SeatEstablished event) {
        Map<String, Object> row = new HashMap<>();
        row.put("seat", event.seat());
        row.put("name", event.organisationName());
        row.put("member", event.memberId());
        row.put("office", event.office().name());
        return row;
    }

    @EventHandler
    void on(DelegateAppointed event) {
        jdbc.sql("UPDATE committee_seat_view SET delegate = :delegate WHERE seat = :seat")
                .param("delegate", event.delegateUserId())
                .param("seat", event.seat())
                .update();
    }

    @EventHandler
    void on(SeatRetired event) {
        jdbc.sql("UPDATE committee_seat_view SET retired = TRUE WHERE seat = :seat")
                .param("seat", event.seat())
                .update();
    }

    @EventHandler
    void on(AdvisorRecorded event) {
        Rows.upsert(
                jdbc,
                "UPDATE advisor_view SET name_ciphertext = :ciphertext WHERE advisor_id = :id",
                """
                INSERT INTO advisor_view (advisor_id, name_subject, name_ciphertext, appointed_in, recorded_at)
                VALUES (:id, :subject, :ciphertext, :year, :at)""",
                Map.of(
                        "id", event.advisorId(),
                        "subject", event.name().subjectId(),
                        "ciphertext", event.name().ciphertext(),
                        "year", event.appointedIn(),
                        "at", timestamp(event.at())));
    }

    @EventHandler
    void on(StandingRulesRecorded event) {
        event.rules().forEach((type, rule) -> standingRule(type, rule, null, event.at()));
    }

    @EventHandler
    void on(StandingRuleAdopted event) {
        standingRule(event.type(), event.rule(), event.ballotId(), event.at());
    }

    private void standingRule(DecisionType type, StandingRule rule, UUID adoptedBy, java.time.Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("type", type.name());
        row.put("quorum", rule.voting().quorum().name());
        row.put("majority", rule.voting().majority().name());
        row.put("tie", rule.voting().tie().name());
        row.put("period", rule.minimumWrittenPeriod().toString());
        row.put("adoptedBy", adoptedBy);
        row.put("at", timestamp(at));
        Rows.upsert(jdbc, """
                UPDATE committee_standing_rule_view
                   SET quorum_rule = :quorum, majority_rule = :majority, tie_rule = :tie,
                       minimum_written_period = :period, adopted_by = :adoptedBy, in_force_since = :at
                 WHERE decision_type = :type""", """
                INSERT INTO committee_standing_rule_view
                       (decision_type, quorum_rule, majority_rule, tie_rule, minimum_written_period, adopted_by,
                        in_force_since)
                VALUES (:type, :quorum, :majority, :tie, :period, :adoptedBy, :at)""", row);
    }

    @EventHandler
    void on(ConflictOfInterestDeclared event) {
        Rows.upsert(
                jdbc,
                "UPDATE committee_conflict_view SET reason = :reason WHERE seat = :seat AND reference_id = :reference",
                """
                INSERT INTO committee_conflict_view (seat, reference_id, reason, declared_at)
                VALUES (:seat, :reference, :reason, :at)""",
                Map.of(
                        "seat", event.seat(),
                        "reference", event.referenceId(),
                        "reason", event.reason(),
                        "at", timestamp(event.at())));
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private static String participants(List<MeetingParticipant> participants) {
        try {
            return JSON.writeValueAsString(participants == null ? List.of() : participants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventHandler
    void on(MeetingScheduled event) {
        Rows.upsert(
                jdbc,
                "UPDATE meeting_view SET title = :title WHERE meeting_id = :id",
                """
                INSERT INTO meeting_view
                       (meeting_id, title, starts_on, ends_on, format, location, agenda, present, proxies,
                        participants)
                VALUES (:id, :title, :startsOn, :endsOn, :format, :location, :agenda, '[]', '{}', :participants)""",
                Map.of(
                        "id", event.meetingId(),
                        "title", event.title(),
                        "startsOn", event.startsOn(),
                        "endsOn", event.endsOn(),
                        "format", event.format().name(),
                        "location", event.location(),
                        "agenda", JsonColumns.list(event.agenda()),
                        "participants", participants(event.participants())));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        String present = jdbc.sql("SELECT present FROM meeting_view WHERE meeting_id = :id")
                .param("id", event.meetingId())
                .query(String.class)
                .single();
        TreeSet<String> seats = new TreeSet<>(JsonColumns.list(present));
        if (event.present()) {
            seats.add(event.seat());
        } else {
            seats.remove(event.seat());
        }
        jdbc.sql("UPDATE meeting_view SET present = :present WHERE meeting_id = :id")
                .param("present", JsonColumns.list(seats))
                .param("id", event.meetingId())
                .update();
    }

    @EventHandler
    void on(ProxyGiven event) {
        String proxies = jdbc.sql("SELECT proxies FROM meeting_view WHERE meeting_id = :id")
                .param("id", event.meetingId())
                .query(String.class)
                .single();
        TreeMap<String, String> byFrom = JsonColumns.map(proxies);
        byFrom.put(event.fromSeat(), event.toSeat());
        jdbc.sql("UPDATE meeting_view SET proxies = :proxies WHERE meeting_id = :id")
                .param("proxies", JsonColumns.map(byFrom))
                .param("id", event.meetingId())
                .update();
    }

    @EventHandler
    void on(MinutesRecorded event) {
        jdbc.sql("UPDATE meeting_view SET minutes = :minutes WHERE meeting_id = :id")
                .param("minutes", event.minutes())
                .param("id", event.meetingId())
                .update();
    }

    @EventHandler
    void on(MinutesApproved event) {
        jdbc.sql("UPDATE meeting_view SET minutes_approved_by = :ballot WHERE meeting_id = :id")
                .param("ballot", event.ballotId())
                .param("id", event.meetingId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM committee_seat_view").update();
        jdbc.sql("DELETE FROM advisor_view").update();
        jdbc.sql("DELETE FROM meeting_view").update();
        jdbc.sql("DELETE FROM committee_standing_rule_view").update();
        jdbc.sql("DELETE FROM committee_conflict_view").update();
    }
}
