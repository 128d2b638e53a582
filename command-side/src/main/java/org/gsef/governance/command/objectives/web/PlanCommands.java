package org.gsef.governance.command.objectives.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.objectives.PlanCommand.AdoptStrategicPlan;
import org.gsef.governance.kernel.objectives.PlanCommand.Direction;
import org.gsef.governance.kernel.objectives.PlanCommand.ReportIndicatorValue;
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

/** The command API of the strategic plans. */
@RestController
@RequestMapping(path = "/api/strategic-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
class PlanCommands {

    private final CommandSender commands;

    PlanCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> adopt(@RequestBody PlanRequest request, NativeWebRequest web) {
        String id = commands.send(new AdoptStrategicPlan(UUID.randomUUID(), request.year(), request.directions()), web);
        return Accepted.created("/api/strategic-plans", id);
    }

    /** A value for a reported indicator, with its evidence. */
    @PostMapping("/{planId}/indicators/{indicator}/values")
    ResponseEntity<Accepted> report(
            @PathVariable UUID planId,
            @PathVariable String indicator,
            @RequestBody ValueRequest request,
            NativeWebRequest web) {
        commands.send(
                new ReportIndicatorValue(planId, indicator, request.value(), request.asOf(), request.evidence()), web);
        return Accepted.accepted(planId);
    }

    record PlanRequest(int year, List<Direction> directions) {}

    record ValueRequest(double value, LocalDate asOf, String evidence) {}
}
