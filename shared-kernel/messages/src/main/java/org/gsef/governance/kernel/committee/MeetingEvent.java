package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.SchemaRevision;

/** Everything that can happen to a meeting. */
public sealed interface MeetingEvent {

    UUID meetingId();

    /**
     * @param participants who takes part besides the voting seats (advisors, observers, the Secretariat). Revision 2:
     *     revision 1 events lack it, and their upcaster gives none
     */
    @SchemaRevision("2")
    record MeetingScheduled(
            UUID meetingId,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            MeetingFormat format,
            String location,
            List<String> agenda,
            Instant at,
            List<MeetingParticipant> participants)
            implements MeetingEvent {}

    record AttendanceRecorded(UUID meetingId, String seat, boolean present, Instant at) implements MeetingEvent {}

    record ProxyGiven(UUID meetingId, String fromSeat, String toSeat, Instant at) implements MeetingEvent {}

    record MinutesRecorded(UUID meetingId, String minutes, Instant at) implements MeetingEvent {}

    record MinutesApproved(UUID meetingId, UUID ballotId, Instant at) implements MeetingEvent {}

    /** The meeting was moved to other days, before it was held. */
    record MeetingRescheduled(UUID meetingId, LocalDate startsOn, LocalDate endsOn, String reason, Instant at)
            implements MeetingEvent {}

    /** The meeting was called off before it was held; it takes nothing more. */
    record MeetingCancelled(UUID meetingId, String reason, Instant at) implements MeetingEvent {}

    /** The meeting's agenda was published, replacing the one it was scheduled with. */
    record MeetingAgendaPublished(UUID meetingId, List<String> agenda, Instant at) implements MeetingEvent {}
}
