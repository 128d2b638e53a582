package org.gsef.governance.query.committee;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
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
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingAgendaPublished;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingCancelled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingRescheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesApproved;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.ProxyGiven;
import org.gsef.governance.kernel.committee.MeetingParticipant;
import org.gsef.governance.kernel.committee.StandingRule;
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
 * Builds the Committee's read models: its seats and delegates, its standing rules and declared conflicts of interest,
 * the resolutions it recorded, and its meetings.
 * A fold: rows change in memory and are written once per batch.
 */
@Component
@ProcessingGroup(CommitteeProjection.PROCESSOR)
public class CommitteeProjection implements Folding {

    public static final String PROCESSOR = "committee";
    static final FoldTable SEATS = FoldTable.of("committee_seat_view", "seat");
    static final FoldTable ADVISORS = FoldTable.of("advisor_view", "advisor_id");
    static final FoldTable MEETINGS = FoldTable.of("meeting_view", "meeting_id");
    static final FoldTable STANDING_RULES = FoldTable.of("committee_standing_rule_view", "decision_type");
    static final FoldTable CONFLICTS = FoldTable.of("committee_conflict_view", "seat", "reference_id");

    static final ObjectMapper JSON = new ObjectMapper();

    public static final ReadModel READ_MODEL =
            ReadModel.of(PROCESSOR, CommitteeProjection::new, SEATS, ADVISORS, MEETINGS, STANDING_RULES, CONFLICTS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public CommitteeProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(SeatEstablished event) {
        fold.batch()
                .row(SEATS, event.seat())
                .set("organisation_name", event.organisationName())
                .set("member_id", event.memberId())
                .set("office", event.office().name())
                .set("retired", false);
    }

    @EventHandler
    void on(DelegateAppointed event) {
        fold.batch().find(SEATS, event.seat()).ifPresent(seat -> seat.set("delegate", event.delegateUserId()));
    }

    @EventHandler
    void on(SeatRetired event) {
        fold.batch().find(SEATS, event.seat()).ifPresent(seat -> seat.set("retired", true));
    }

    /** Recorded once: a second handling only restates the sealed name. */
    @EventHandler
    void on(AdvisorRecorded event) {
        FoldBatch batch = fold.batch();
        if (batch.find(ADVISORS, event.advisorId()).isPresent()) {
            batch.row(ADVISORS, event.advisorId())
                    .set("name_ciphertext", event.name().ciphertext());
            return;
        }
        batch.row(ADVISORS, event.advisorId())
                .set("name_subject", event.name().subjectId())
                .set("name_ciphertext", event.name().ciphertext())
                .set("appointed_in", event.appointedIn())
                .set("recorded_at", timestamp(event.at()));
    }

    @EventHandler
    void on(StandingRulesRecorded event) {
        event.rules().forEach((type, rule) -> standingRule(type, rule, null, event.at()));
    }

    @EventHandler
    void on(StandingRuleAdopted event) {
        standingRule(event.type(), event.rule(), event.ballotId(), event.at());
    }

    private void standingRule(DecisionType type, StandingRule rule, UUID adoptedBy, Instant at) {
        fold.batch()
                .row(STANDING_RULES, type.name())
                .set("quorum_rule", rule.voting().quorum().name())
                .set("majority_rule", rule.voting().majority().name())
                .set("tie_rule", rule.voting().tie().name())
                .set("minimum_written_period", rule.minimumWrittenPeriod().toString())
                .set("adopted_by", adoptedBy)
                .set("in_force_since", timestamp(at));
    }

    /** Declared once: a second handling only restates the reason. */
    @EventHandler
    void on(ConflictOfInterestDeclared event) {
        FoldBatch batch = fold.batch();
        boolean declared =
                batch.find(CONFLICTS, event.seat(), event.referenceId()).isPresent();
        FoldRow conflict =
                batch.row(CONFLICTS, event.seat(), event.referenceId()).set("reason", event.reason());
        if (!declared) {
            conflict.set("declared_at", timestamp(event.at()));
        }
    }

    private static String participants(List<MeetingParticipant> participants) {
        try {
            return JSON.writeValueAsString(participants == null ? List.of() : participants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scheduled once: a second handling only restates the title. */
    @EventHandler
    void on(MeetingScheduled event) {
        FoldBatch batch = fold.batch();
        if (batch.find(MEETINGS, event.meetingId()).isPresent()) {
            batch.row(MEETINGS, event.meetingId()).set("title", event.title());
            return;
        }
        batch.row(MEETINGS, event.meetingId())
                .set("title", event.title())
                .set("starts_on", event.startsOn())
                .set("ends_on", event.endsOn())
                .set("format", event.format().name())
                .set("location", event.location())
                .set("agenda", JsonColumns.list(event.agenda()))
                .set("present", "[]")
                .set("proxies", "{}")
                .set("participants", participants(event.participants()))
                .set("status", "SCHEDULED");
    }

    @EventHandler
    void on(MeetingRescheduled event) {
        meeting(event.meetingId())
                .set("starts_on", event.startsOn())
                .set("ends_on", event.endsOn())
                .set("status_reason", event.reason());
    }

    @EventHandler
    void on(MeetingCancelled event) {
        meeting(event.meetingId()).set("status", "CANCELLED").set("status_reason", event.reason());
    }

    @EventHandler
    void on(MeetingAgendaPublished event) {
        meeting(event.meetingId())
                .set("agenda", JsonColumns.list(event.agenda()))
                .set("agenda_published_at", timestamp(event.at()));
    }

    @EventHandler
    void on(AttendanceRecorded event) {
        FoldRow meeting = meeting(event.meetingId());
        TreeSet<String> seats = new TreeSet<>(JsonColumns.list(meeting.text("present")));
        if (event.present()) {
            seats.add(event.seat());
        } else {
            seats.remove(event.seat());
        }
        meeting.set("present", JsonColumns.list(seats));
    }

    @EventHandler
    void on(ProxyGiven event) {
        FoldRow meeting = meeting(event.meetingId());
        TreeMap<String, String> byFrom = JsonColumns.map(meeting.text("proxies"));
        byFrom.put(event.fromSeat(), event.toSeat());
        meeting.set("proxies", JsonColumns.map(byFrom));
    }

    @EventHandler
    void on(MinutesRecorded event) {
        fold.batch().find(MEETINGS, event.meetingId()).ifPresent(meeting -> meeting.set("minutes", event.minutes()));
    }

    @EventHandler
    void on(MinutesApproved event) {
        fold.batch()
                .find(MEETINGS, event.meetingId())
                .ifPresent(meeting -> meeting.set("minutes_approved_by", event.ballotId()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM committee_seat_view").update();
        jdbc.sql("DELETE FROM advisor_view").update();
        jdbc.sql("DELETE FROM meeting_view").update();
        jdbc.sql("DELETE FROM committee_standing_rule_view").update();
        jdbc.sql("DELETE FROM committee_conflict_view").update();
    }

    /** The meeting an attendance or a proxy is recorded for, which must have been scheduled. */
    private FoldRow meeting(UUID id) {
        return fold.batch()
                .find(MEETINGS, id)
                .orElseThrow(() -> new IllegalStateException("no meeting " + id + " was scheduled"));
    }
}
