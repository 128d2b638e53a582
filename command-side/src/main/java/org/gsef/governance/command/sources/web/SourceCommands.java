package org.gsef.governance.command.sources.web;

import java.util.UUID;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.sources.SourceCommand.ResolveSourceDisagreement;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** Where the record's sources disagree, the Secretariat records which version holds, and why. */
@RestController
class SourceCommands {

    private final CommandSender commands;

    SourceCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping(
            path = "/api/sources/disagreements/{disagreementId}/resolution",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resolved> resolve(
            @PathVariable UUID disagreementId, @RequestBody ResolutionRequest request, NativeWebRequest web) {
        commands.send(new ResolveSourceDisagreement(disagreementId, request.holds(), request.reason()), web);
        return ResponseEntity.accepted().body(new Resolved(disagreementId));
    }

    /** @param holds the number of the version that holds, from 1, in the order the disagreement lists them */
    record ResolutionRequest(int holds, String reason) {}

    record Resolved(UUID disagreementId) {}
}
