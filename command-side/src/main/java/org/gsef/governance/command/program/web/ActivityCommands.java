package org.gsef.governance.command.program.web;

import java.util.List;
import java.util.UUID;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.program.ActivityCommand.CancelActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ConfirmActivity;
import org.gsef.governance.kernel.program.ActivityCommand.RecordActivityHeld;
import org.gsef.governance.kernel.program.ActivityCommand.RescheduleActivity;
import org.gsef.governance.kernel.program.ActivityCommand.ScheduleActivity;
import org.gsef.governance.kernel.program.ActivityDates;
import org.gsef.governance.kernel.program.ActivityKind;
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

/** The command API of the program of activities. */
@RestController
@RequestMapping(path = "/api/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
class ActivityCommands {

    private final CommandSender commands;

    ActivityCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> schedule(@RequestBody ActivityRequest request, NativeWebRequest web) {
        String id = commands.send(
                new ScheduleActivity(
                        UUID.randomUUID(),
                        request.kind(),
                        request.title(),
                        request.dates(),
                        request.location(),
                        request.partners()),
                web);
        return Accepted.created("/api/activities", id);
    }

    @PostMapping("/{activityId}/confirmation")
    ResponseEntity<Accepted> confirm(
            @PathVariable UUID activityId, @RequestBody ConfirmRequest request, NativeWebRequest web) {
        commands.send(new ConfirmActivity(activityId, request.dates(), request.location()), web);
        return accepted(activityId);
    }

    @PostMapping("/{activityId}/rescheduling")
    ResponseEntity<Accepted> reschedule(
            @PathVariable UUID activityId, @RequestBody RescheduleRequest request, NativeWebRequest web) {
        commands.send(new RescheduleActivity(activityId, request.dates(), request.reason()), web);
        return accepted(activityId);
    }

    @PostMapping("/{activityId}/held")
    ResponseEntity<Accepted> held(
            @PathVariable UUID activityId, @RequestBody HeldRequest request, NativeWebRequest web) {
        commands.send(new RecordActivityHeld(activityId, request.participants(), request.outcome()), web);
        return accepted(activityId);
    }

    @PostMapping("/{activityId}/cancellation")
    ResponseEntity<Accepted> cancel(
            @PathVariable UUID activityId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new CancelActivity(activityId, request.reason()), web);
        return accepted(activityId);
    }

    private static ResponseEntity<Accepted> accepted(UUID activityId) {
        return Accepted.accepted(activityId);
    }

    record ActivityRequest(
            ActivityKind kind, String title, ActivityDates dates, String location, List<String> partners) {}

    record ConfirmRequest(ActivityDates dates, String location) {}

    record RescheduleRequest(ActivityDates dates, String reason) {}

    record HeldRequest(Integer participants, String outcome) {}

    record ReasonRequest(String reason) {}
}
