package org.gsef.governance.command.membership.web;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gsef.governance.command.authorization.CommandAuthorization;
import org.gsef.governance.command.web.Accepted;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.committee.BallotCommand.OpenBallot;
import org.gsef.governance.kernel.committee.BallotProcedure;
import org.gsef.governance.kernel.committee.BallotSubject;
import org.gsef.governance.kernel.committee.DecisionType;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.common.Region;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.CompleteApplicationReview;
import org.gsef.governance.kernel.membership.ApplicationCommand.EraseApplicationContact;
import org.gsef.governance.kernel.membership.ApplicationCommand.ResubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReturnApplicationForInformation;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.WithdrawMembershipApplication;
import org.gsef.governance.kernel.membership.DistinctnessStatement;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.kernel.membership.OrganisationKind;
import org.gsef.governance.kernel.membership.SubmissionChannel;
import org.gsef.governance.kernel.privacy.ContactPerson;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.identity.CurrentActor;
import org.gsef.governance.platform.privacy.PersonalDataVault;
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

/**
 * The command API of membership applications: submission, the Secretariat's review, resubmission, withdrawal, and
 * putting the application to the Committee. Reads are served by the query side at the same addresses.
 */
@RestController
@RequestMapping(path = MembershipApplicationCommands.PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
class MembershipApplicationCommands {

    static final String PATH = "/api/membership-applications";

    private final CommandSender commands;
    private final PersonalDataVault vault;

    MembershipApplicationCommands(CommandSender commands, PersonalDataVault vault) {
        this.commands = commands;
        this.vault = vault;
    }

    /**
     * The Secretariat submits on the applicant's behalf; a member representative submits for their own organisation,
     * whose identifier becomes the application's when it is one. An organisation that is a member already or has an
     * application in progress is refused (409, naming that record), unless the Secretariat states that it is another
     * organisation: {@code distinctFrom} names the record, {@code distinctnessStatement} says why.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> submit(@RequestBody SubmitRequest request, NativeWebRequest web) {
        Actor actor = CurrentActor.get().orElseThrow();
        // Authorised before the contact person is sealed: a refused request must leave no key behind.
        CommandAuthorization.authorise(actor, SubmitMembershipApplication.class);
        boolean secretariat = actor.has(Role.SECRETARIAT);
        UUID proposedId = secretariat
                ? UUID.randomUUID()
                : actor.organisationId()
                        .map(MembershipApplicationCommands::uuid)
                        .orElseGet(UUID::randomUUID);
        SealedPersonalData contact = seal(request.contact());
        String created = sendSealed(
                new SubmitMembershipApplication(
                        proposedId,
                        request.organisation(),
                        request.sponsorMemberId(),
                        contact,
                        secretariat ? SubmissionChannel.SECRETARIAT : SubmissionChannel.APPLICANT,
                        request.distinctness()),
                contact,
                web);
        UUID applicationId = UUID.fromString(created);
        return Accepted.created(PATH, applicationId);
    }

    @PostMapping("/{applicationId}/return")
    ResponseEntity<Accepted> returnForInformation(
            @PathVariable UUID applicationId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new ReturnApplicationForInformation(applicationId, request.reason()), web);
        return Accepted.accepted(applicationId);
    }

    @PostMapping("/{applicationId}/resubmission")
    ResponseEntity<Accepted> resubmit(
            @PathVariable UUID applicationId, @RequestBody SubmitRequest request, NativeWebRequest web) {
        CommandAuthorization.authorise(CurrentActor.get().orElse(null), ResubmitMembershipApplication.class);
        SealedPersonalData contact = seal(request.contact());
        sendSealed(
                new ResubmitMembershipApplication(
                        applicationId, request.organisation(), contact, request.distinctness()),
                contact,
                web);
        return Accepted.accepted(applicationId);
    }

    @PostMapping(path = "/{applicationId}/review", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Accepted> completeReview(@PathVariable UUID applicationId, NativeWebRequest web) {
        commands.send(new CompleteApplicationReview(applicationId), web);
        return Accepted.accepted(applicationId);
    }

    @PostMapping("/{applicationId}/withdrawal")
    ResponseEntity<Accepted> withdraw(
            @PathVariable UUID applicationId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new WithdrawMembershipApplication(applicationId, request.reason()), web);
        return Accepted.accepted(applicationId);
    }

    /** Erases the application's contact person (a data subject's request); the erasure is recorded. */
    @PostMapping("/{applicationId}/contact/erasure")
    ResponseEntity<Accepted> eraseContact(
            @PathVariable UUID applicationId, @RequestBody ReasonRequest request, NativeWebRequest web) {
        commands.send(new EraseApplicationContact(applicationId, request.reason()), web);
        return Accepted.accepted(applicationId);
    }

    /** Puts the application to the Committee: opens its admission ballot. */
    @PostMapping("/{applicationId}/ballot")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Accepted> putToCommittee(
            @PathVariable UUID applicationId, @RequestBody BallotRequest request, NativeWebRequest web) {
        String title = request.title() == null || request.title().isBlank()
                ? "Admission of the applicant to GSEF membership"
                : request.title();
        String opened = commands.send(
                new OpenBallot(
                        UUID.randomUUID(),
                        new BallotSubject(DecisionType.ADMISSION, applicationId, title),
                        request.procedure(),
                        request.meetingId(),
                        request.closesAt(),
                        null),
                web);
        UUID ballotId = UUID.fromString(opened);
        return Accepted.created("/api/ballots", ballotId);
    }

    /**
     * Sends a command that carries a freshly sealed contact person. When it is refused (a rule, a conflict, bad input:
     * nothing was recorded), the key sealed for it is discarded; on any other failure (the outcome unknown, the event
     * perhaps stored) the key stays.
     */
    private <R> R sendSealed(Object command, SealedPersonalData contact, NativeWebRequest web) {
        try {
            return commands.send(command, web);
        } catch (RuleViolation
                | IllegalArgumentException
                | AggregateNotFoundException
                | AggregateStreamCreationException
                | ConcurrencyException refused) {
            if (contact != null) {
                vault.discard(contact.subjectId());
            }
            throw refused;
        }
    }

    private SealedPersonalData seal(ContactRequest contact) {
        if (contact == null) {
            return null;
        }
        ContactPerson person = new ContactPerson(contact.name(), contact.email());
        return vault.seal(UUID.randomUUID(), person.sealedForm());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnIdentifier) {
            return UUID.randomUUID();
        }
    }

    record SubmitRequest(
            String organisationName,
            OrganisationKind kind,
            String country,
            Region region,
            String city,
            OfficialLanguage preferredLanguage,
            UUID sponsorMemberId,
            ContactRequest contact,
            UUID distinctFrom,
            String distinctnessStatement) {

        Organisation organisation() {
            return new Organisation(organisationName, kind, country, region, city, preferredLanguage);
        }

        DistinctnessStatement distinctness() {
            return distinctFrom == null && distinctnessStatement == null
                    ? null
                    : new DistinctnessStatement(distinctFrom, distinctnessStatement);
        }
    }

    record ContactRequest(String name, String email) {}

    record ReasonRequest(String reason) {}

    record BallotRequest(BallotProcedure procedure, UUID meetingId, Instant closesAt, String title) {}
}
