package org.gsef.governance.command.committee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.committee.MeetingCommand.ApproveMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.CancelMeeting;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.PublishAgenda;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.RescheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingEvent.AttendanceRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingAgendaPublished;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingCancelled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingRescheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MeetingScheduled;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesApproved;
import org.gsef.governance.kernel.committee.MeetingEvent.MinutesRecorded;
import org.gsef.governance.kernel.committee.MeetingEvent.ProxyGiven;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;

/**
 * A Steering Committee meeting: schedule, attendance of the voting seats, proxies, minutes and their approval. Before
 * it is held the Secretariat may move it, publish its agenda or cancel it; a meeting counts as held once its first day
 * has come (UTC) or its attendance or minutes are recorded, and a cancelled one takes nothing more. A ballot at a
 * meeting opens at the meeting, so a meeting with ballots at it has begun and cannot be cancelled: its ballots are
 * closed or cancelled by the chair on their own, each with its own reason and notification.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class Meeting {

    @AggregateIdentifier
    private String meetingId;

    private UUID id;
    private final Set<String> present = new HashSet<>();
    private final Map<String, String> proxies = new HashMap<>();
    private boolean minutesRecorded;
    private UUID approvedBy;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> agenda = List.of();
    private boolean cancelled;

    protected Meeting() {}

    @CommandHandler
    public Meeting(ScheduleMeeting command, Clock clock) {
        apply(new MeetingScheduled(
                command.meetingId(),
                command.title(),
                command.startsOn(),
                command.endsOn(),
                command.format(),
                command.location(),
                command.agenda(),
                clock.instant(),
                command.participants()));
    }

    @CommandHandler
    public void handle(RecordAttendance command, Clock clock) {
        requireNotCancelled();
        String seat = command.seat().value();
        if (present.contains(seat) != command.present()) {
            apply(new AttendanceRecorded(id, seat, command.present(), clock.instant()));
        }
    }

    /**
     * Only the seat's appointed delegate, as the Committee's record names them, gives its proxy, for this meeting only,
     * to another seat in office; a proxy is not passed on, so a seat that holds another's proxy keeps its own, and a
     * seat that gave its proxy holds none.
     */
    @CommandHandler
    public void handle(GiveProxy command, Actor actor, Clock clock, CommitteeRecord committee) {
        requireNotCancelled();
        String from = command.fromSeat().value();
        String to = command.toSeat().value();
        Committee.Roster roster = committee.current().roster();
        if (!roster.votingSeats().contains(to)) {
            throw new RuleViolation(Refusal.NO_SUCH_SEAT, "there is no seat " + to, to);
        }
        if (roster.delegateOf(from).filter(actor.userId()::equals).isEmpty()) {
            throw new RuleViolation(Refusal.NOT_DELEGATE_OF_SEAT, "only the delegate of " + from + " gives its proxy");
        }
        if (proxies.containsValue(from) || proxies.containsKey(to)) {
            throw new RuleViolation(Refusal.PROXY_CHAIN, "a proxy cannot be passed on", from, to);
        }
        if (!to.equals(proxies.get(from))) {
            apply(new ProxyGiven(id, from, to, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RecordMinutes command, Clock clock) {
        requireNotCancelled();
        if (approvedBy != null) {
            throw new RuleViolation(Refusal.MINUTES_APPROVED, "approved minutes cannot be changed");
        }
        apply(new MinutesRecorded(id, command.minutes(), clock.instant()));
    }

    @CommandHandler
    public void handle(ApproveMinutes command, Clock clock) {
        if (!minutesRecorded) {
            throw new RuleViolation(Refusal.NO_MINUTES, "the meeting has no minutes to approve");
        }
        if (approvedBy == null) {
            apply(new MinutesApproved(id, command.ballotId(), clock.instant()));
        }
    }

    /** Moves the meeting to other days; moving it to the days it already has records nothing. */
    @CommandHandler
    public void handle(RescheduleMeeting command, Clock clock) {
        requireNotYetHeld(clock);
        if (!command.startsOn().isAfter(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))) {
            throw new RuleViolation(
                    Refusal.MEETING_DAY_PAST,
                    "a meeting is moved to a day to come",
                    command.startsOn().toString());
        }
        if (!command.startsOn().equals(startsOn) || !command.endsOn().equals(endsOn)) {
            apply(new MeetingRescheduled(id, command.startsOn(), command.endsOn(), command.reason(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(CancelMeeting command, Clock clock) {
        requireNotYetHeld(clock);
        apply(new MeetingCancelled(id, command.reason(), clock.instant()));
    }

    /** Publishes the agenda; the same agenda again records nothing. */
    @CommandHandler
    public void handle(PublishAgenda command, Clock clock) {
        requireNotYetHeld(clock);
        if (!command.agenda().equals(agenda)) {
            apply(new MeetingAgendaPublished(id, command.agenda(), clock.instant()));
        }
    }

    private void requireNotCancelled() {
        if (cancelled) {
            throw new RuleViolation(Refusal.MEETING_CANCELLED, "the meeting was cancelled");
        }
    }

    private void requireNotYetHeld(Clock clock) {
        requireNotCancelled();
        boolean dayCome =
                !LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).isBefore(startsOn);
        if (dayCome || !present.isEmpty() || minutesRecorded) {
            throw new RuleViolation(Refusal.MEETING_HELD, "the meeting has begun or was held");
        }
    }

    /**
     * Who is present and who holds whose proxy: what a ballot at this meeting takes its quorum from. A cancelled
     * meeting holds no ballot.
     */
    public Attendance attendance() {
        requireNotCancelled();
        return new Attendance(Set.copyOf(present), Map.copyOf(proxies));
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        meetingId = event.meetingId().toString();
        id = event.meetingId();
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        agenda = event.agenda() == null ? List.of() : List.copyOf(event.agenda());
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        startsOn = event.startsOn();
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(MeetingAgendaPublished event) {
        agenda = List.copyOf(event.agenda());
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        if (event.present()) {
            present.add(event.seat());
        } else {
            present.remove(event.seat());
        }
    }

    @EventSourcingHandler
    void on(ProxyGiven event) {
        proxies.put(event.fromSeat(), event.toSeat());
    }

    @EventSourcingHandler
    void on(MinutesRecorded event) {
        minutesRecorded = true;
    }

    @EventSourcingHandler
    void on(MinutesApproved event) {
        approvedBy = event.ballotId();
    }

    /** @param proxies seat to the seat holding its proxy */
    public record Attendance(Set<String> present, Map<String, String> proxies) {

        /** The seats present, or represented by a present holder of their proxy. */
        public Set<String> presentOrRepresented() {
            Set<String> seats = new HashSet<>(present);
            proxies.forEach((from, to) -> {
                if (present.contains(to)) {
                    seats.add(from);
                }
            });
            return seats;
        }
    }
}
