package org.gsef.governance.command.membership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.command.membership.OrganisationRegistry.Registration;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.kernel.membership.ApplicationCommand.CompleteApplicationReview;
import org.gsef.governance.kernel.membership.ApplicationCommand.EraseApplicationContact;
import org.gsef.governance.kernel.membership.ApplicationCommand.RecordAdmissionDecision;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReleaseFromCommittee;
import org.gsef.governance.kernel.membership.ApplicationCommand.ResubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.ReturnApplicationForInformation;
import org.gsef.governance.kernel.membership.ApplicationCommand.SubmitMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationCommand.WithdrawMembershipApplication;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationAdmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationBallotCancelled;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationContactErased;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationDeferred;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationPutToCommittee;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationRejected;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReturnedForInformation;
import org.gsef.governance.kernel.membership.ApplicationEvent.ApplicationReviewCompleted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationResubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationSubmitted;
import org.gsef.governance.kernel.membership.ApplicationEvent.MembershipApplicationWithdrawn;
import org.gsef.governance.kernel.membership.ApplicationEvent.OrganisationDistinctnessStated;
import org.gsef.governance.kernel.membership.ApplicationStatus;
import org.gsef.governance.kernel.membership.Organisation;
import org.gsef.governance.platform.privacy.PersonalDataVault;

/**
 * An organisation's application to join GSEF: submitted, reviewed by the Secretariat (complete, or returned for more
 * information and resubmitted), put to the Committee, then admitted, rejected or deferred by the Committee's ballot.
 * It can be withdrawn until the decision.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class MembershipApplication {

    @AggregateIdentifier
    private String applicationId;

    private UUID id;
    private ApplicationStatus status;
    private Organisation organisation;
    private UUID sponsorMemberId;
    private UUID ballotId;
    private final List<UUID> contacts = new ArrayList<>();

    protected MembershipApplication() {}

    /**
     * One organisation, one membership: an organisation that is a member already or has an application in progress is
     * refused, unless the Secretariat states (and the application records) that it is another organisation. A sponsor
     * is an active member.
     */
    @CommandHandler
    public MembershipApplication(
            SubmitMembershipApplication command, Actor actor, OrganisationRegistry registry, Clock clock) {
        Optional<Registration> distinctFrom = registry.requireUnregistered(
                command.applicationId(), command.organisation(), command.distinctness(), actor);
        registry.requireActiveSponsor(command.sponsorMemberId());
        Instant now = clock.instant();
        apply(new MembershipApplicationSubmitted(
                command.applicationId(),
                command.organisation(),
                command.sponsorMemberId(),
                command.contact(),
                command.channel(),
                now));
        distinctFrom.ifPresent(existing -> apply(new OrganisationDistinctnessStated(
                command.applicationId(),
                existing.recordId(),
                command.distinctness().statement(),
                now)));
    }

    @CommandHandler
    public void handle(ReturnApplicationForInformation command, Clock clock) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWED));
        apply(new ApplicationReturnedForInformation(id, command.reason(), clock.instant()));
    }

    /** An amended organisation is checked as at submission; an unchanged one keeps its place. */
    @CommandHandler
    public void handle(ResubmitMembershipApplication command, Actor actor, OrganisationRegistry registry, Clock clock) {
        requireOwnOrSecretariat(actor);
        require(EnumSet.of(ApplicationStatus.RETURNED_FOR_INFORMATION));
        boolean unchanged = OrganisationKey.of(command.organisation()).equals(OrganisationKey.of(organisation));
        Optional<Registration> distinctFrom = unchanged && command.distinctness() == null
                ? Optional.empty()
                : registry.requireUnregistered(id, command.organisation(), command.distinctness(), actor);
        Instant now = clock.instant();
        apply(new MembershipApplicationResubmitted(id, command.organisation(), command.contact(), now));
        distinctFrom.ifPresent(existing -> apply(new OrganisationDistinctnessStated(
                id, existing.recordId(), command.distinctness().statement(), now)));
    }

    @CommandHandler
    public void handle(CompleteApplicationReview command, Clock clock) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED));
        apply(new ApplicationReviewCompleted(id, clock.instant()));
    }

    @CommandHandler
    public void handle(WithdrawMembershipApplication command, Actor actor, Clock clock) {
        requireOwnOrSecretariat(actor);
        if (status.isFinal()) {
            throw wrongStatus();
        }
        apply(new MembershipApplicationWithdrawn(id, command.reason(), clock.instant()));
    }

    /**
     * Carries the admission ballot's result into the application. Repeated or late (the application was withdrawn
     * meanwhile), it changes nothing.
     */
    @CommandHandler
    public void handle(RecordAdmissionDecision command, Clock clock) {
        if (status != ApplicationStatus.BEFORE_COMMITTEE || !command.ballotId().equals(ballotId)) {
            return;
        }
        Instant now = clock.instant();
        switch (command.decision()) {
            case ADMITTED ->
                apply(new ApplicationAdmitted(id, ballotId, memberIdFor(id), organisation, now, command.effectiveOn()));
            case REJECTED -> apply(new ApplicationRejected(id, ballotId, now));
            default -> apply(new ApplicationDeferred(id, ballotId, now));
        }
    }

    /** Its admission ballot was cancelled: back to the Secretariat, to be put again. Repeated or late, nothing. */
    @CommandHandler
    public void handle(ReleaseFromCommittee command, Clock clock) {
        if (status == ApplicationStatus.BEFORE_COMMITTEE && command.ballotId().equals(ballotId)) {
            apply(new ApplicationBallotCancelled(id, ballotId, clock.instant()));
        }
    }

    /**
     * Deletes the keys of every contact the application named, and the key of its documents (their names and contents:
     * an applicant's statutes and letters name people); a second erasure finds nothing left to erase.
     */
    @CommandHandler
    public void handle(EraseApplicationContact command, PersonalDataVault vault, Clock clock) {
        List<UUID> erased = Stream.concat(contacts.stream(), Stream.of(DocumentRecord.applicationDataSubject(id)))
                .filter(vault::erase)
                .toList();
        if (erased.isEmpty()) {
            throw new RuleViolation(Refusal.NOTHING_TO_ERASE, "the application holds no contact to erase");
        }
        apply(new ApplicationContactErased(id, erased, command.reason(), clock.instant()));
    }

    /** Called by the opening of the admission ballot, in the same transaction. */
    public void putToCommittee(UUID ballot, Instant at) {
        require(EnumSet.of(ApplicationStatus.REVIEWED, ApplicationStatus.DEFERRED));
        apply(new ApplicationPutToCommittee(id, ballot, at));
    }

    /** Who the application concerns, for the recusals of its ballot. */
    public Parties parties() {
        return new Parties(organisation.name(), sponsorMemberId);
    }

    /** The member an admitted application creates: the same identifier however often the admission is replayed. */
    public static UUID memberIdFor(UUID applicationId) {
        return UUID.nameUUIDFromBytes(("gsef-member:" + applicationId).getBytes(StandardCharsets.UTF_8));
    }

    private void require(Set<ApplicationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw wrongStatus();
        }
    }

    private RuleViolation wrongStatus() {
        return new RuleViolation(
                Refusal.APPLICATION_STATUS, "the application is " + status + ": that step is not possible now", status);
    }

    /** A member representative acts on their own organisation's application only. */
    private void requireOwnOrSecretariat(Actor actor) {
        boolean secretariat = actor != null && actor.has(Role.SECRETARIAT);
        boolean own = actor != null
                && actor.has(Role.MEMBER_REPRESENTATIVE)
                && actor.organisationId().filter(applicationId::equals).isPresent();
        if (!secretariat && !own) {
            throw new RuleViolation(Refusal.NOT_OWN_APPLICATION, "not the actor's own application");
        }
    }

    @EventSourcingHandler
    void on(MembershipApplicationSubmitted event) {
        applicationId = event.applicationId().toString();
        id = event.applicationId();
        organisation = event.organisation();
        sponsorMemberId = event.sponsorMemberId();
        status = ApplicationStatus.SUBMITTED;
        if (event.contact() != null) {
            contacts.add(event.contact().subjectId());
        }
    }

    @EventSourcingHandler
    void on(ApplicationReturnedForInformation event) {
        status = ApplicationStatus.RETURNED_FOR_INFORMATION;
    }

    @EventSourcingHandler
    void on(ApplicationContactErased event) {
        contacts.removeAll(event.subjects());
    }

    @EventSourcingHandler
    void on(MembershipApplicationResubmitted event) {
        if (event.contact() != null) {
            contacts.add(event.contact().subjectId());
        }
        organisation = event.organisation();
        status = ApplicationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationReviewCompleted event) {
        status = ApplicationStatus.REVIEWED;
    }

    @EventSourcingHandler
    void on(ApplicationPutToCommittee event) {
        ballotId = event.ballotId();
        status = ApplicationStatus.BEFORE_COMMITTEE;
    }

    @EventSourcingHandler
    void on(ApplicationBallotCancelled event) {
        status = ApplicationStatus.REVIEWED;
    }

    @EventSourcingHandler
    void on(MembershipApplicationWithdrawn event) {
        status = ApplicationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ApplicationAdmitted event) {
        status = ApplicationStatus.ADMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ApplicationDeferred event) {
        status = ApplicationStatus.DEFERRED;
    }

    public record Parties(String organisationName, UUID sponsorMemberId) {}
}
