package org.gsef.governance.kernel.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.membership.SeatId;

/** The commands of a Steering Committee meeting. */
public sealed interface MeetingCommand {

    UUID meetingId();

    /** A command to an existing meeting, routed to it by its identifier. */
    sealed interface Targeted extends MeetingCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return meetingId().toString();
        }
    }

    record ScheduleMeeting(
            UUID meetingId,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            MeetingFormat format,
            String location,
            List<String> agenda,
            List<MeetingParticipant> participants)
            implements MeetingCommand {
        public ScheduleMeeting {
            Require.present(meetingId, "meetingId");
            title = Require.text(title, "title").strip();
            Require.present(startsOn, "startsOn");
            endsOn = endsOn == null ? startsOn : endsOn;
            if (endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("a meeting cannot end before it starts");
            }
            Require.present(format, "format");
            location = Require.text(location, "location", 200).strip();
            agenda = agenda == null
                    ? List.of()
                    : agenda.stream()
                            .map(item -> Require.text(item, "agenda item", 500).strip())
                            .toList();
            participants = participants == null ? List.of() : List.copyOf(participants);
            if (participants.size() > 20) {
                throw new IllegalArgumentException("at most twenty kinds of participants");
            }
        }

        /** A meeting of the voting seats only. */
        public ScheduleMeeting(
                UUID meetingId,
                String title,
                LocalDate startsOn,
                LocalDate endsOn,
                MeetingFormat format,
                String location,
                List<String> agenda) {
            this(meetingId, title, startsOn, endsOn, format, location, agenda, List.of());
        }
    }

    /** Records whether a voting seat is present; quorum at the meeting follows from it. */
    record RecordAttendance(UUID meetingId, SeatId seat, boolean present) implements Targeted {
        public RecordAttendance {
            Require.present(meetingId, "meetingId");
            Require.present(seat, "seat");
        }
    }

    /** A seat's delegate lets another seat vote for it at this meeting only. */
    record GiveProxy(UUID meetingId, SeatId fromSeat, SeatId toSeat) implements Targeted {
        public GiveProxy {
            Require.present(meetingId, "meetingId");
            Require.present(fromSeat, "fromSeat");
            Require.present(toSeat, "toSeat");
            if (fromSeat.equals(toSeat)) {
                throw new IllegalArgumentException("a seat cannot give its proxy to itself");
            }
        }
    }

    record RecordMinutes(UUID meetingId, String minutes) implements Targeted {
        public RecordMinutes {
            Require.present(meetingId, "meetingId");
            minutes = Require.text(minutes, "minutes", 100_000).strip();
        }
    }

    /**
     * Moves a meeting that has not been held to other days, with a reason; the Secretariat's.
     *
     * @param endsOn none for a one-day meeting
     */
    record RescheduleMeeting(UUID meetingId, LocalDate startsOn, LocalDate endsOn, String reason) implements Targeted {
        public RescheduleMeeting {
            Require.present(meetingId, "meetingId");
            Require.present(startsOn, "startsOn");
            endsOn = endsOn == null ? startsOn : endsOn;
            if (endsOn.isBefore(startsOn)) {
                throw new IllegalArgumentException("a meeting cannot end before it starts");
            }
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** Calls off a meeting that has not been held, with a reason; the Secretariat's. */
    record CancelMeeting(UUID meetingId, String reason) implements Targeted {
        public CancelMeeting {
            Require.present(meetingId, "meetingId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /** Publishes the agenda of a meeting not yet held, replacing the one it had; the Secretariat's. */
    record PublishAgenda(UUID meetingId, List<String> agenda) implements Targeted {
        public PublishAgenda {
            Require.present(meetingId, "meetingId");
            if (agenda == null || agenda.isEmpty()) {
                throw new IllegalArgumentException("agenda must list at least one item");
            }
            if (agenda.size() > 100) {
                throw new IllegalArgumentException("an agenda has at most one hundred items");
            }
            agenda = agenda.stream()
                    .map(item -> Require.text(item, "agenda item", 500).strip())
                    .toList();
        }
    }

    /** Marks the minutes approved by the ballot named; sent by the governance process only. */
    record ApproveMinutes(UUID meetingId, UUID ballotId) implements Targeted {
        public ApproveMinutes {
            Require.present(meetingId, "meetingId");
            Require.present(ballotId, "ballotId");
        }
    }
}
