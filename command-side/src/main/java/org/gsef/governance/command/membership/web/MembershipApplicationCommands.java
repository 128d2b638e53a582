package org.gsef.governance.command.membership.web;

import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gsef.governance.kernel.common.CommandOutcome;
import org.gsef.governance.kernel.common.CountryCode;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.CastAdmissionVote;
import org.gsef.governance.kernel.membership.DecideAdmission;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SeatId;
import org.gsef.governance.kernel.membership.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.VoteChoice;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The command API for membership applications. Reads are served by the query side at the same addresses. */
@RestController
@RequestMapping(path = MembershipApplicationCommands.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
class MembershipApplicationCommands {

    static final String PATH = "/api/membership-applications";

    private final CommandGateway commands;

    MembershipApplicationCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Accepted> submit(@RequestBody SubmitRequest request) {
        UUID applicationId = UUID.randomUUID();
        commands.sendAndWait(new SubmitMembershipApplication(
                applicationId,
                request.organisationName(),
                request.kind(),
                country(request.country()),
                request.region(),
                request.city(),
                request.preferredLanguage()));
        return ResponseEntity.created(URI.create(PATH + "/" + applicationId)).body(new Accepted(applicationId));
    }

    @PostMapping("/{applicationId}/votes")
    ResponseEntity<Accepted> vote(@PathVariable UUID applicationId, @RequestBody VoteRequest request) {
        CommandOutcome outcome = commands.sendAndWait(
                new CastAdmissionVote(applicationId, new SeatId(request.seat()), request.choice()));
        outcome.requireAccepted();
        return ResponseEntity.accepted().body(new Accepted(applicationId));
    }

    @PostMapping(path = "/{applicationId}/decision", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Accepted> decide(@PathVariable UUID applicationId) {
        commands.sendAndWait(new DecideAdmission(applicationId));
        return ResponseEntity.accepted().body(new Accepted(applicationId));
    }

    private static CountryCode country(String code) {
        return code == null ? null : new CountryCode(code);
    }

    record SubmitRequest(
            String organisationName,
            OrganisationKind kind,
            String country,
            Region region,
            String city,
            OfficialLanguage preferredLanguage) {}

    record VoteRequest(String seat, VoteChoice choice) {}

    record Accepted(UUID applicationId) {}
}
