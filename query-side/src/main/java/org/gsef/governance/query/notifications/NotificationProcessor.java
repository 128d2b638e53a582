package org.gsef.governance.query.notifications;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.gsef.governance.kernel.committee.BallotEvent.BallotCancelled;
import org.gsef.governance.kernel.committee.BallotEvent.BallotClosed;
import org.gsef.governance.kernel.committee.BallotEvent.BallotDeadlineExtended;
import org.gsef.governance.kernel.committee.BallotEvent.BallotOpened;
import org.gsef.governance.kernel.committee.BallotEvent.VoteCast;
import org.gsef.governance.kernel.committee.CommitteeEvent.DelegateAppointed;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatEstablished;
import org.gsef.governance.kernel.committee.CommitteeEvent.SeatRetired;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingAgendaPublished;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingCancelled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingRescheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationBallotCancelled;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationContactErased;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationDeferred;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationPutToCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides who is told what, event by event, and writes it to the outbox ({@link Notifier}) in the same transaction as
 * its token. It is not a read model: a rebuild of the read models does not replay it. What it remembers to decide (each
 * seat's delegate, each ballot's electorate and voters, each application's sealed contact) is rebuilt when it is
 * replayed; the outbox is not, and its rows are unique by event, recipient and channel, so a replay tells no one
 * twice. An event recorded longer ago than {@code gsef.notifications.max-age} tells no one: a replay from the start
 * does not tell the past again.
 */
@Component
@ProcessingGroup(NotificationProcessor.PROCESSOR)
public class NotificationProcessor {

    public static final String PROCESSOR = "notifications";

    private final JdbcClient jdbc;
    private final Notifier notifier;
    private final NotificationProperties properties;
    private final Clock clock;

    public NotificationProcessor(JdbcClient jdbc, Notifier notifier, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    private boolean recent(Instant recorded) {
        return recorded.isAfter(clock.instant().minus(properties.maxAge()));
    }

    @EventHandler
    void on(SeatEstablished event) {
        if (jdbc.sql("UPDATE notification_seat SET seat = seat WHERE seat = :seat")
                        .param("seat", event.seat())
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO notification_seat (seat) VALUES (:seat)")
                    .param("seat", event.seat())
                    .update();
        }
    }

    @EventHandler
    void on(DelegateAppointed event) {
        if (jdbc.sql("UPDATE notification_seat SET delegate = :delegate WHERE seat = :seat")
                        .param("delegate", event.delegateUserId())
                        .param("seat", event.seat())
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO notification_seat (seat, delegate) VALUES (:seat, :delegate)")
                    .param("delegate", event.delegateUserId())
                    .param("seat", event.seat())
                    .update();
        }
    }

    @EventHandler
    void on(SeatRetired event) {
        jdbc.sql("DELETE FROM notification_seat WHERE seat = :seat")
                .param("seat", event.seat())
                .update();
    }

    @EventHandler
    void on(BallotOpened event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        jdbc.sql("DELETE FROM notification_ballot WHERE ballot_id = :id")
                .param("id", event.ballotId())
                .update();
        jdbc.sql("""
                        INSERT INTO notification_ballot
                               (ballot_id, decision_type, reference_id, title, closes_at, status, electorate, proxies)
                        VALUES (:id, :type, :reference, :title, :closesAt, 'OPEN', :electorate, :proxies)""")
                .param("id", event.ballotId())
                .param("type", event.subject().type().name())
                .param("reference", event.subject().referenceId())
                .param("title", event.subject().title())
                .param("closesAt", timestamp(event.closesAt()))
                .param("electorate", JsonColumns.list(event.electorate()))
                .param("proxies", JsonColumns.map(event.proxies() == null ? Map.of() : event.proxies()))
                .update();
        if (recent(recorded)) {
            tellEntitled(id, NotificationKind.BALLOT_OPENED, event.ballotId(), Map.of());
        }
    }

    @EventHandler
    void on(VoteCast event) {
        if (jdbc.sql("UPDATE notification_ballot_vote SET seat = seat WHERE ballot_id = :id AND seat = :seat")
                        .param("id", event.ballotId())
                        .param("seat", event.seat())
                        .update()
                == 0) {
            jdbc.sql("INSERT INTO notification_ballot_vote (ballot_id, seat) VALUES (:id, :seat)")
                    .param("id", event.ballotId())
                    .param("seat", event.seat())
                    .update();
        }
    }

    @EventHandler
    void on(BallotDeadlineExtended event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        jdbc.sql("UPDATE notification_ballot SET closes_at = :closesAt WHERE ballot_id = :id")
                .param("closesAt", timestamp(event.closesAt()))
                .param("id", event.ballotId())
                .update();
        if (recent(recorded)) {
            tellEntitled(id, NotificationKind.BALLOT_EXTENDED, event.ballotId(), Map.of());
        }
    }

    @EventHandler
    void on(BallotCancelled event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        jdbc.sql("UPDATE notification_ballot SET status = 'CANCELLED' WHERE ballot_id = :id")
                .param("id", event.ballotId())
                .update();
        if (recent(recorded)) {
            tellEntitled(
                    id,
                    NotificationKind.BALLOT_CANCELLED,
                    event.ballotId(),
                    Map.of("reason", event.reason() == null ? "" : event.reason()));
        }
    }

    @EventHandler
    void on(BallotClosed event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        jdbc.sql("UPDATE notification_ballot SET status = 'CLOSED' WHERE ballot_id = :id")
                .param("id", event.ballotId())
                .update();
        if (!recent(recorded)) {
            return;
        }
        List<String> recipients = new ArrayList<>(
                jdbc.sql("SELECT delegate FROM notification_seat WHERE delegate IS NOT NULL ORDER BY seat")
                        .query(String.class)
                        .list());
        recipients.addAll(notifier.secretariat());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", event.subject().title());
        admissionOf(event.subject().type().name(), event.subject().referenceId(), params);
        params.put("outcome", event.outcome().name());
        params.put("yes", event.tally().yes());
        params.put("no", event.tally().no());
        params.put("abstain", event.tally().abstain());
        notifier.tellAccounts(
                id,
                NotificationKind.BALLOT_CLOSED,
                event.ballotId().toString(),
                "#decision-" + event.ballotId(),
                params,
                recipients);
    }

    /** Tells the delegates of the ballot's entitled seats and of the seats holding their proxies. */
    private void tellEntitled(String eventId, NotificationKind kind, UUID ballotId, Map<String, Object> extra) {
        Ballot ballot = ballot(ballotId);
        if (ballot == null) {
            return;
        }
        List<String> seats = new ArrayList<>(ballot.electorate());
        seats.addAll(ballot.proxies().values());
        Map<String, Object> params = new LinkedHashMap<>(extra);
        params.put("title", ballot.title());
        admissionOf(ballot.decisionType(), ballot.referenceId(), params);
        if (ballot.closesAt() != null) {
            params.put("closesAt", ballot.closesAt().toString());
        }
        notifier.tellAccounts(eventId, kind, ballotId.toString(), "#ballot-" + ballotId, params, delegatesOf(seats));
    }

    /** What the processor knows of a ballot. */
    record Ballot(
            UUID id,
            String decisionType,
            UUID referenceId,
            String title,
            Instant closesAt,
            String status,
            List<String> electorate,
            Map<String, String> proxies) {}

    /** An admission ballot is titled in each reader's language from the applicant's name (the templates' title). */
    void admissionOf(String decisionType, UUID applicationId, Map<String, Object> params) {
        if (!"ADMISSION".equals(decisionType) || applicationId == null) {
            return;
        }
        jdbc.sql("SELECT organisation_name FROM notification_application WHERE application_id = :id")
                .param("id", applicationId)
                .query(String.class)
                .optional()
                .ifPresent(name -> params.put("admissionOf", name));
    }

    Ballot ballot(UUID ballotId) {
        return jdbc.sql("""
                        SELECT ballot_id, decision_type, reference_id, title, closes_at, status, electorate, proxies
                          FROM notification_ballot
                         WHERE ballot_id = :id""")
                .param("id", ballotId)
                .query((rs, n) -> new Ballot(
                        rs.getObject("ballot_id", UUID.class),
                        rs.getString("decision_type"),
                        rs.getObject("reference_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("closes_at", java.time.OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("closes_at", java.time.OffsetDateTime.class)
                                        .toInstant(),
                        rs.getString("status"),
                        JsonColumns.list(rs.getString("electorate")),
                        (Map<String, String>) new TreeMap<>(JsonColumns.map(rs.getString("proxies")))))
                .optional()
                .orElse(null);
    }

    /** The delegates appointed to these seats, in the order of the seats, once each. */
    List<String> delegatesOf(List<String> seats) {
        if (seats.isEmpty()) {
            return List.of();
        }
        Map<String, String> bySeat = new LinkedHashMap<>();
        jdbc.sql("SELECT seat, delegate FROM notification_seat WHERE seat IN (:seats) AND delegate IS NOT NULL")
                .param("seats", seats)
                .query((rs, n) -> bySeat.put(rs.getString("seat"), rs.getString("delegate")))
                .list();
        return seats.stream()
                .map(bySeat::get)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    @EventHandler
    void on(MembershipApplicationSubmitted event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        application(event.applicationId(), event.organisation(), event.contact());
        stage(id, recorded, event.applicationId(), ApplicationStatus.SUBMITTED);
    }

    @EventHandler
    void on(MembershipApplicationResubmitted event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        application(event.applicationId(), event.organisation(), event.contact());
        stage(id, recorded, event.applicationId(), ApplicationStatus.SUBMITTED);
    }

    @EventHandler
    void on(ApplicationReturnedForInformation event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.RETURNED_FOR_INFORMATION);
    }

    @EventHandler
    void on(ApplicationReviewCompleted event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.REVIEWED);
    }

    @EventHandler
    void on(ApplicationPutToCommittee event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.BEFORE_COMMITTEE);
    }

    @EventHandler
    void on(ApplicationAdmitted event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.ADMITTED);
    }

    @EventHandler
    void on(ApplicationRejected event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.REJECTED);
    }

    @EventHandler
    void on(ApplicationDeferred event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.DEFERRED);
    }

    @EventHandler
    void on(ApplicationBallotCancelled event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.REVIEWED);
    }

    @EventHandler
    void on(MembershipApplicationWithdrawn event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        stage(id, recorded, event.applicationId(), ApplicationStatus.WITHDRAWN);
    }

    @EventHandler
    void on(ApplicationContactErased event) {
        jdbc.sql("""
                        UPDATE notification_application SET erased = TRUE, contact_subject = NULL,
                               contact_ciphertext = NULL
                         WHERE application_id = :id""").param("id", event.applicationId()).update();
    }

    private void application(UUID applicationId, Organisation organisation, SealedPersonalData contact) {
        jdbc.sql("DELETE FROM notification_application WHERE application_id = :id")
                .param("id", applicationId)
                .update();
        jdbc.sql("""
                        INSERT INTO notification_application
                               (application_id, organisation_name, language, contact_subject, contact_ciphertext, erased)
                        VALUES (:id, :name, :language, :subject, :ciphertext, FALSE)""")
                .param("id", applicationId)
                .param("name", organisation.name())
                .param(
                        "language",
                        (organisation.language() == null ? OfficialLanguage.ENGLISH : organisation.language()).name())
                .param("subject", contact == null ? null : contact.subjectId())
                .param("ciphertext", contact == null ? null : contact.ciphertext())
                .update();
    }

    private void stage(String eventId, Instant recorded, UUID applicationId, ApplicationStatus stage) {
        if (!recent(recorded)) {
            return;
        }
        jdbc.sql("""
                        SELECT organisation_name, language, contact_subject, contact_ciphertext, erased
                          FROM notification_application WHERE application_id = :id""")
                .param("id", applicationId)
                .query((rs, n) -> {
                    UUID subject = rs.getObject("contact_subject", UUID.class);
                    String ciphertext = rs.getString("contact_ciphertext");
                    boolean erased = rs.getBoolean("erased");
                    if (!erased && (subject == null || ciphertext == null)) {
                        return null; // no contact person was given: there is no one to tell
                    }
                    SealedPersonalData contact = erased ? null : new SealedPersonalData(subject, ciphertext);
                    notifier.tellContact(
                            eventId,
                            applicationId,
                            OfficialLanguage.valueOf(rs.getString("language")),
                            Map.of("organisation", rs.getString("organisation_name"), "stage", stage.name()),
                            contact);
                    return subject;
                })
                .list();
    }

    @EventHandler
    void on(MeetingScheduled event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        jdbc.sql("DELETE FROM notification_meeting WHERE meeting_id = :id")
                .param("id", event.meetingId())
                .update();
        jdbc.sql("INSERT INTO notification_meeting (meeting_id, title) VALUES (:id, :title)")
                .param("id", event.meetingId())
                .param("title", event.title())
                .update();
        if (recent(recorded)) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("title", event.title());
            params.put("startsOn", String.valueOf(event.startsOn()));
            params.put("location", event.location() == null ? "" : event.location());
            params.put("agenda", event.agenda() == null ? "" : String.join("; ", event.agenda()));
            notifier.tellAccounts(
                    id,
                    NotificationKind.MEETING_SCHEDULED,
                    event.meetingId().toString(),
                    "#meeting-" + event.meetingId(),
                    params,
                    allDelegates());
        }
    }

    @EventHandler
    void on(MinutesRecorded event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        if (!recent(recorded)) {
            return;
        }
        String title = jdbc.sql("SELECT title FROM notification_meeting WHERE meeting_id = :id")
                .param("id", event.meetingId())
                .query(String.class)
                .optional()
                .orElse("");
        notifier.tellAccounts(
                id,
                NotificationKind.MINUTES_PUBLISHED,
                event.meetingId().toString(),
                "#meeting-" + event.meetingId(),
                Map.of("title", title),
                allDelegates());
    }

    @EventHandler
    void on(MeetingRescheduled event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        if (recent(recorded)) {
            tellDelegatesOfMeeting(
                    id,
                    NotificationKind.MEETING_MOVED,
                    event.meetingId(),
                    Map.of(
                            "startsOn", String.valueOf(event.startsOn()),
                            "endsOn", String.valueOf(event.endsOn()),
                            "reason", event.reason()));
        }
    }

    @EventHandler
    void on(MeetingCancelled event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        if (recent(recorded)) {
            tellDelegatesOfMeeting(
                    id, NotificationKind.MEETING_CANCELLED, event.meetingId(), Map.of("reason", event.reason()));
        }
    }

    @EventHandler
    void on(MeetingAgendaPublished event, @MessageIdentifier String id, @Timestamp Instant recorded) {
        if (recent(recorded)) {
            tellDelegatesOfMeeting(
                    id,
                    NotificationKind.AGENDA_PUBLISHED,
                    event.meetingId(),
                    Map.of("agenda", String.join("; ", event.agenda())));
        }
    }

    /** Tells every delegate about a meeting, titled as it was scheduled, linked to it on the Committee's page. */
    private void tellDelegatesOfMeeting(
            String eventId, NotificationKind kind, UUID meetingId, Map<String, Object> details) {
        String title = jdbc.sql("SELECT title FROM notification_meeting WHERE meeting_id = :id")
                .param("id", meetingId)
                .query(String.class)
                .optional()
                .orElse("");
        Map<String, Object> params = new LinkedHashMap<>(details);
        params.put("title", title);
        notifier.tellAccounts(eventId, kind, meetingId.toString(), "#meeting-" + meetingId, params, allDelegates());
    }

    private List<String> allDelegates() {
        return jdbc.sql("SELECT delegate FROM notification_seat WHERE delegate IS NOT NULL ORDER BY seat")
                .query(String.class)
                .list();
    }

    /** A replay starts from what it remembers afresh; the outbox stays, so nobody is told twice. */
    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM notification_seat").update();
        jdbc.sql("DELETE FROM notification_ballot_vote").update();
        jdbc.sql("DELETE FROM notification_ballot").update();
        jdbc.sql("DELETE FROM notification_application").update();
        jdbc.sql("DELETE FROM notification_meeting").update();
    }
}
