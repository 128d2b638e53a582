package org.gsef.governance.command.forum.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.forum.ForumCommand.CancelMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.DefineOrganizingGovernance;
import org.gsef.governance.kernel.forum.ForumCommand.DraftHostAgreement;
import org.gsef.governance.kernel.forum.ForumCommand.FixEditionDates;
import org.gsef.governance.kernel.forum.ForumCommand.FlagMilestoneAtRisk;
import org.gsef.governance.kernel.forum.ForumCommand.LaunchLocalOrganizingCommittee;
import org.gsef.governance.kernel.forum.ForumCommand.PlanMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.PrepareEdition;
import org.gsef.governance.kernel.forum.ForumCommand.ProposeTheme;
import org.gsef.governance.kernel.forum.ForumCommand.RecordPreparatoryMeeting;
import org.gsef.governance.kernel.forum.ForumCommand.ReportMilestoneProgress;
import org.gsef.governance.kernel.forum.ForumCommand.RescheduleMilestone;
import org.gsef.governance.kernel.forum.ForumCommand.SignHostAgreement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** The command API of a forum edition's preparation and roadmap. */
@RestController
@RequestMapping(path = "/api/forum/editions", consumes = MediaType.APPLICATION_JSON_VALUE)
class ForumCommands {

    private final CommandSender commands;

    ForumCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> prepare(@RequestBody EditionRequest request, NativeWebRequest web) {
        String id = commands.send(
                new PrepareEdition(
                        UUID.randomUUID(),
                        request.name(),
                        request.hostCity(),
                        request.country(),
                        request.startsOn(),
                        request.endsOn()),
                web);
        return Accepted.created("/api/forum/editions", id);
    }

    @PostMapping("/{editionId}/dates")
    ResponseEntity<Accepted> fixDates(
            @PathVariable UUID editionId, @RequestBody DatesRequest request, NativeWebRequest web) {
        return accepted(
                editionId, commands.send(new FixEditionDates(editionId, request.startsOn(), request.endsOn()), web));
    }

    @PostMapping("/{editionId}/host-agreement/draft")
    ResponseEntity<Accepted> draftAgreement(
            @PathVariable UUID editionId, @RequestBody PartiesRequest request, NativeWebRequest web) {
        return accepted(editionId, commands.send(new DraftHostAgreement(editionId, request.parties()), web));
    }

    @PostMapping("/{editionId}/host-agreement/signature")
    ResponseEntity<Accepted> signAgreement(
            @PathVariable UUID editionId, @RequestBody SignatureRequest request, NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(
                        new SignHostAgreement(editionId, request.parties(), request.signedOn(), request.place()), web));
    }

    @PostMapping("/{editionId}/local-organizing-committee")
    ResponseEntity<Accepted> launchCommittee(
            @PathVariable UUID editionId, @RequestBody CommitteeRequest request, NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(
                        new LaunchLocalOrganizingCommittee(editionId, request.members(), request.launchedOn()), web));
    }

    @PostMapping("/{editionId}/theme")
    ResponseEntity<Accepted> proposeTheme(
            @PathVariable UUID editionId, @RequestBody ThemeRequest request, NativeWebRequest web) {
        return accepted(editionId, commands.send(new ProposeTheme(editionId, request.theme()), web));
    }

    /** Puts the theme to the Committee: its adoption ballot, whose result the edition then records by itself. */
    @PostMapping("/{editionId}/theme/ballot")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> putThemeToCommittee(
            @PathVariable UUID editionId, @RequestBody ThemeBallotRequest request, NativeWebRequest web) {
        String ballot = commands.send(
                new OpenBallot(
                        UUID.randomUUID(),
                        new BallotSubject(DecisionType.THEME_ADOPTION, editionId, request.theme()),
                        request.procedure(),
                        request.meetingId(),
                        request.closesAt(),
                        null),
                web);
        return Accepted.created("/api/ballots", ballot);
    }

    @PostMapping("/{editionId}/organizing-governance")
    ResponseEntity<Accepted> defineGovernance(
            @PathVariable UUID editionId, @RequestBody GovernanceRequest request, NativeWebRequest web) {
        return accepted(
                editionId, commands.send(new DefineOrganizingGovernance(editionId, request.description()), web));
    }

    @PostMapping("/{editionId}/preparatory-meetings")
    ResponseEntity<Accepted> recordPreparatoryMeeting(
            @PathVariable UUID editionId, @RequestBody PreparatoryMeetingRequest request, NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(
                        new RecordPreparatoryMeeting(
                                editionId, request.heldFrom(), request.heldTo(), request.place(), request.summary()),
                        web));
    }

    @PostMapping("/{editionId}/milestones")
    ResponseEntity<Accepted> planMilestone(
            @PathVariable UUID editionId, @RequestBody MilestoneRequest request, NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(
                        new PlanMilestone(
                                editionId, request.milestone(), request.title(), request.owner(), request.dueOn()),
                        web));
    }

    @PostMapping("/{editionId}/milestones/{milestone}/progress")
    ResponseEntity<Accepted> reportProgress(
            @PathVariable UUID editionId,
            @PathVariable String milestone,
            @RequestBody ProgressRequest request,
            NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(
                        new ReportMilestoneProgress(
                                editionId, milestone, request.percent(), request.note(), request.reportedOn()),
                        web));
    }

    @PostMapping("/{editionId}/milestones/{milestone}/risk")
    ResponseEntity<Accepted> flagAtRisk(
            @PathVariable UUID editionId,
            @PathVariable String milestone,
            @RequestBody ReasonRequest request,
            NativeWebRequest web) {
        return accepted(editionId, commands.send(new FlagMilestoneAtRisk(editionId, milestone, request.reason()), web));
    }

    @PostMapping("/{editionId}/milestones/{milestone}/rescheduling")
    ResponseEntity<Accepted> reschedule(
            @PathVariable UUID editionId,
            @PathVariable String milestone,
            @RequestBody RescheduleRequest request,
            NativeWebRequest web) {
        return accepted(
                editionId,
                commands.send(new RescheduleMilestone(editionId, milestone, request.dueOn(), request.reason()), web));
    }

    @PostMapping("/{editionId}/milestones/{milestone}/cancellation")
    ResponseEntity<Accepted> cancel(
            @PathVariable UUID editionId,
            @PathVariable String milestone,
            @RequestBody ReasonRequest request,
            NativeWebRequest web) {
        return accepted(editionId, commands.send(new CancelMilestone(editionId, milestone, request.reason()), web));
    }

    private static ResponseEntity<Accepted> accepted(UUID editionId, Object ignored) {
        return Accepted.accepted(editionId);
    }

    record EditionRequest(String name, String hostCity, String country, LocalDate startsOn, LocalDate endsOn) {}

    record DatesRequest(LocalDate startsOn, LocalDate endsOn) {}

    record PartiesRequest(List<String> parties) {}

    record SignatureRequest(List<String> parties, LocalDate signedOn, String place) {}

    record CommitteeRequest(List<String> members, LocalDate launchedOn) {}

    record ThemeRequest(String theme) {}

    record ThemeBallotRequest(String theme, BallotProcedure procedure, UUID meetingId, Instant closesAt) {}

    record GovernanceRequest(String description) {}

    record PreparatoryMeetingRequest(LocalDate heldFrom, LocalDate heldTo, String place, String summary) {}

    record MilestoneRequest(String milestone, String title, String owner, LocalDate dueOn) {}

    record ProgressRequest(int percent, String note, LocalDate reportedOn) {}

    record RescheduleRequest(LocalDate dueOn, String reason) {}

    record ReasonRequest(String reason) {}
}
