package org.gsef.governance.command.members.web;

import java.time.LocalDate;
import java.util.UUID;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.membership.MemberCommand.ImportMember;
import org.gsef.governance.kernel.membership.MemberCommand.RecordMemberDeparture;
import org.gsef.governance.kernel.membership.MemberCommand.ReinstateMember;
import org.gsef.governance.kernel.membership.MemberCommand.SuspendMember;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.RegisterCommand.RecordOpeningBalance;
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

/** The command API of the member register. Members join by admission; those who joined earlier are imported. */
@RestController
@RequestMapping(path = "/api/members", consumes = MediaType.APPLICATION_JSON_VALUE)
class MemberCommands {

    private final CommandSender commands;

    MemberCommands(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/imports")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> importMember(@RequestBody ImportRequest request, NativeWebRequest web) {
        String memberId = commands.send(
                new ImportMember(
                        request.memberId() != null ? request.memberId() : UUID.randomUUID(),
                        new Organisation(
                                request.organisationName(),
                                request.kind(),
                                request.country(),
                                request.region(),
                                request.city(),
                                request.preferredLanguage()),
                        request.admittedOn(),
                        request.source()),
                web);
        return Accepted.created("/api/members", memberId);
    }

    @PostMapping("/{memberId}/suspension")
    ResponseEntity<Accepted> suspend(
            @PathVariable UUID memberId, @RequestBody ChangeRequest request, NativeWebRequest web) {
        commands.send(new SuspendMember(memberId, request.reason(), request.effectiveOn()), web);
        return Accepted.accepted(memberId);
    }

    @PostMapping("/{memberId}/reinstatement")
    ResponseEntity<Accepted> reinstate(
            @PathVariable UUID memberId, @RequestBody ChangeRequest request, NativeWebRequest web) {
        commands.send(new ReinstateMember(memberId, request.reason(), request.effectiveOn()), web);
        return Accepted.accepted(memberId);
    }

    @PostMapping("/{memberId}/departure")
    ResponseEntity<Accepted> leave(
            @PathVariable UUID memberId, @RequestBody ChangeRequest request, NativeWebRequest web) {
        commands.send(new RecordMemberDeparture(memberId, request.reason(), request.effectiveOn()), web);
        return Accepted.accepted(memberId);
    }

    /**
     * Records the register's opening balance: how many members the network had on a day, named in the register or not.
     * The same figures again change nothing; others correct it.
     */
    @PostMapping("/opening-balance")
    ResponseEntity<Void> openingBalance(@RequestBody OpeningBalanceRequest request, NativeWebRequest web) {
        commands.send(new RecordOpeningBalance(request.asOf(), request.members(), request.source()), web);
        return ResponseEntity.accepted().build();
    }

    record OpeningBalanceRequest(LocalDate asOf, int members, String source) {}

    record ImportRequest(
            UUID memberId,
            String organisationName,
            OrganisationKind kind,
            String country,
            Region region,
            String city,
            OfficialLanguage preferredLanguage,
            LocalDate admittedOn,
            String source) {}

    record ChangeRequest(String reason, LocalDate effectiveOn) {}
}
