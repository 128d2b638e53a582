package org.gsef.governance.command.committee.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.committee.BallotCommand.CancelBallot;
import org.gsef.governance.kernel.committee.BallotCommand.CastVote;
import org.gsef.governance.kernel.committee.BallotCommand.CloseBallot;
import org.gsef.governance.kernel.committee.BallotCommand.ExtendBallotDeadline;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotCommand.RecordDecisionStatement;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.CommitteeCommand.AppointDelegate;
import org.gsef.governance.kernel.committee.CommitteeCommand.DeclareConflictOfInterest;
import org.gsef.governance.kernel.committee.CommitteeCommand.EraseAdvisorName;
import org.gsef.governance.kernel.committee.CommitteeCommand.EstablishSeat;
import org.gsef.governance.kernel.committee.CommitteeCommand.RetireSeat;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.committee.MeetingCommand.CancelMeeting;
import org.gsef.governance.kernel.committee.MeetingCommand.GiveProxy;
import org.gsef.governance.kernel.committee.MeetingCommand.PublishAgenda;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordAttendance;
import org.gsef.governance.kernel.committee.MeetingCommand.RecordMinutes;
import org.gsef.governance.kernel.committee.MeetingCommand.RescheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingCommand.ScheduleMeeting;
import org.gsef.governance.kernel.committee.MeetingFormat;
import org.gsef.governance.kernel.committee.SeatOffice;
import org.gsef.governance.kernel.committee.StandingRuleChange;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** The command API of the Steering Committee: its seats, meetings and ballots. */
@RestController
class CommitteeCommands {

    private final CommandSender commands;

    CommitteeCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/committee/seats", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> establishSeat(@RequestBody SeatRequest request, NativeWebRequest web) {
        commands.send(
                new EstablishSeat(
                        new SeatId(request.seat()),
                        request.organisationName(),
                        request.memberId(),
                        request.office(),
                        request.effectiveOn()),
                web);
        return Accepted.created("/api/committee/seats", request.seat());
    }

    @PutMapping(path = "/api/committee/seats/{seat}/delegate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> appointDelegate(
            @PathVariable String seat, @RequestBody DelegateRequest request, NativeWebRequest web) {
        commands.send(new AppointDelegate(new SeatId(seat), request.delegateUserId(), request.effectiveOn()), web);
        return Accepted.accepted(seat);
    }

    @PostMapping(path = "/api/committee/seats/{seat}/retirement", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> retireSeat(
            @PathVariable String seat, @RequestBody RetirementRequest request, NativeWebRequest web) {
        commands.send(new RetireSeat(new SeatId(seat), request.reason(), request.effectiveOn()), web);
        return Accepted.accepted(seat);
    }

    /** Erases an advisor's name at their request; the erasure is recorded. */
    @PostMapping(path = "/api/committee/advisors/{advisorId}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> eraseAdvisorName(
            @PathVariable UUID advisorId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new EraseAdvisorName(advisorId, request.reason()), web);
        return Accepted.accepted(advisorId);
    }

    @PostMapping(path = "/api/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> scheduleMeeting(@RequestBody MeetingRequest request, NativeWebRequest web) {
        String meetingId = commands.send(
                new ScheduleMeeting(
                        UUID.randomUUID(),
                        request.title(),
                        request.startsOn(),
                        request.endsOn(),
                        request.format(),
                        request.location(),
                        request.agenda()),
                web);
        return Accepted.created("/api/meetings", meetingId);
    }

    @PutMapping(path = "/api/meetings/{meetingId}/attendance/{seat}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> recordAttendance(
            @PathVariable UUID meetingId,
            @PathVariable String seat,
            @RequestBody AttendanceRequest request,
            NativeWebRequest web) {
        commands.send(new RecordAttendance(meetingId, new SeatId(seat), request.present()), web);
        return Accepted.accepted(meetingId);
    }

    @PostMapping(path = "/api/meetings/{meetingId}/proxies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> giveProxy(
            @PathVariable UUID meetingId, @RequestBody ProxyRequest request, NativeWebRequest web) {
        commands.send(new GiveProxy(meetingId, new SeatId(request.fromSeat()), new SeatId(request.toSeat())), web);
        return Accepted.accepted(meetingId);
    }

    @PutMapping(path = "/api/meetings/{meetingId}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> recordMinutes(
            @PathVariable UUID meetingId, @RequestBody MinutesRequest request, NativeWebRequest web) {
        commands.send(new RecordMinutes(meetingId, request.minutes()), web);
        return Accepted.accepted(meetingId);
    }

    /** Moves a meeting not yet held to other days, with a reason; the Secretariat's. */
    @PostMapping(path = "/api/meetings/{meetingId}/rescheduling", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> rescheduleMeeting(
            @PathVariable UUID meetingId, @RequestBody RescheduleRequest request, NativeWebRequest web) {
        commands.send(new RescheduleMeeting(meetingId, request.startsOn(), request.endsOn(), request.reason()), web);
        return Accepted.accepted(meetingId);
    }

    /** Calls off a meeting not yet held, with a reason; the Secretariat's. */
    @PostMapping(path = "/api/meetings/{meetingId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> cancelMeeting(
            @PathVariable UUID meetingId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new CancelMeeting(meetingId, request.reason()), web);
        return Accepted.accepted(meetingId);
    }

    /** Publishes the agenda of a meeting not yet held; the Secretariat's. */
    @PutMapping(path = "/api/meetings/{meetingId}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> publishAgenda(
            @PathVariable UUID meetingId, @RequestBody AgendaRequest request, NativeWebRequest web) {
        commands.send(new PublishAgenda(meetingId, request.agenda()), web);
        return Accepted.accepted(meetingId);
    }

    @PostMapping(path = "/api/ballots", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> openBallot(@RequestBody BallotRequest request, NativeWebRequest web) {
        String ballotId = commands.send(
                new OpenBallot(
                        UUID.randomUUID(),
                        new BallotSubject(request.type(), request.referenceId(), request.title()),
                        request.procedure(),
                        request.meetingId(),
                        request.closesAt(),
                        request.ruleChange()),
                web);
        return Accepted.created("/api/ballots", ballotId);
    }

    /** Moves a ballot's deadline later, before it passes, with a reason. */
    @PostMapping(path = "/api/ballots/{ballotId}/deadline-extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> extendDeadline(
            @PathVariable UUID ballotId, @RequestBody ExtensionRequest request, NativeWebRequest web) {
        commands.send(new ExtendBallotDeadline(ballotId, request.closesAt(), request.reason()), web);
        return Accepted.accepted(ballotId);
    }

    /** Ends a ballot without a decision, with a reason. */
    @PostMapping(path = "/api/ballots/{ballotId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> cancel(
            @PathVariable UUID ballotId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new CancelBallot(ballotId, request.reason()), web);
        return Accepted.accepted(ballotId);
    }

    /** The chair's statement of a closed ballot's outcome, in English, French and/or Spanish. */
    @PutMapping(path = "/api/ballots/{ballotId}/statement", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> recordStatement(
            @PathVariable UUID ballotId, @RequestBody StatementRequest request, NativeWebRequest web) {
        Map<OfficialLanguage, String> statement = new EnumMap<>(OfficialLanguage.class);
        putIfGiven(statement, OfficialLanguage.ENGLISH, request.en());
        putIfGiven(statement, OfficialLanguage.FRENCH, request.fr());
        putIfGiven(statement, OfficialLanguage.SPANISH, request.es());
        commands.send(new RecordDecisionStatement(ballotId, statement), web);
        return Accepted.accepted(ballotId);
    }

    /** Records a seat's conflict of interest on a subject: the seat is recused from ballots on it. */
    @PostMapping(path = "/api/committee/conflicts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> declareConflict(@RequestBody ConflictRequest request, NativeWebRequest web) {
        commands.send(
                new DeclareConflictOfInterest(new SeatId(request.seat()), request.referenceId(), request.reason()),
                web);
        return Accepted.accepted(request.seat());
    }

    private static void putIfGiven(Map<OfficialLanguage, String> statement, OfficialLanguage language, String text) {
        if (text != null && !text.isBlank()) {
            statement.put(language, text);
        }
    }

    @PostMapping(path = "/api/ballots/{ballotId}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> vote(@PathVariable UUID ballotId, @RequestBody VoteRequest request, NativeWebRequest web) {
        commands.send(new CastVote(ballotId, new SeatId(request.seat()), request.choice(), request.reason()), web);
        return Accepted.accepted(ballotId);
    }

    @PostMapping(path = "/api/ballots/{ballotId}/closing", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Accepted> close(
            @PathVariable UUID ballotId, @RequestBody(required = false) CloseRequest request, NativeWebRequest web) {
        commands.send(
                new CloseBallot(
                        ballotId,
                        request == null ? null : request.castingVote(),
                        request == null ? null : request.effectiveOn()),
                web);
        return Accepted.accepted(ballotId);
    }

    /** @param effectiveOn the day a seat held before took effect; none for today */
    record SeatRequest(String seat, String organisationName, UUID memberId, SeatOffice office, LocalDate effectiveOn) {}

    /** @param effectiveOn the day an appointment made before took effect; none for today */
    record DelegateRequest(String delegateUserId, LocalDate effectiveOn) {}

    /** @param effectiveOn the day the seat ended, when that was before; none for today */
    record RetirementRequest(String reason, LocalDate effectiveOn) {}

    record ReasonRequest(String reason) {}

    record MeetingRequest(
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            MeetingFormat format,
            String location,
            List<String> agenda) {}

    record AttendanceRequest(boolean present) {}

    record ProxyRequest(String fromSeat, String toSeat) {}

    record MinutesRequest(String minutes) {}

    record RescheduleRequest(LocalDate startsOn, LocalDate endsOn, String reason) {}

    record AgendaRequest(List<String> agenda) {}

    record BallotRequest(
            DecisionType type,
            UUID referenceId,
            String title,
            BallotProcedure procedure,
            UUID meetingId,
            Instant closesAt,
            StandingRuleChange ruleChange) {}

    record ExtensionRequest(Instant closesAt, String reason) {}

    record StatementRequest(String en, String fr, String es) {}

    record ConflictRequest(String seat, UUID referenceId, String reason) {}

    record VoteRequest(String seat, VoteChoice choice, String reason) {}

    /** @param effectiveOn the day a decision taken earlier took effect; none for today */
    record CloseRequest(VoteChoice castingVote, LocalDate effectiveOn) {}
}
