package org.gsef.governance.kernel.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.SchemaRevision;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** Everything that can happen to a membership application. */
public sealed interface ApplicationEvent {

    UUID applicationId();

    record MembershipApplicationSubmitted(
            UUID applicationId,
            Organisation organisation,
            UUID sponsorMemberId,
            SealedPersonalData contact,
            SubmissionChannel channel,
            Instant submittedAt)
            implements ApplicationEvent {}

    /**
     * The Secretariat stated that the applicant is another organisation than the existing member or application whose
     * name, country and city read the same; recorded right after the submission (or resubmission) it lets through.
     */
    record OrganisationDistinctnessStated(UUID applicationId, UUID existingRecordId, String statement, Instant statedAt)
            implements ApplicationEvent {}

    record ApplicationReturnedForInformation(UUID applicationId, String reason, Instant returnedAt)
            implements ApplicationEvent {}

    record MembershipApplicationResubmitted(
            UUID applicationId, Organisation organisation, SealedPersonalData contact, Instant resubmittedAt)
            implements ApplicationEvent {}

    /** The contact person's data was erased: the named keys no longer exist. */
    record ApplicationContactErased(UUID applicationId, List<UUID> subjects, String reason, Instant erasedAt)
            implements ApplicationEvent {}

    record ApplicationReviewCompleted(UUID applicationId, Instant reviewedAt) implements ApplicationEvent {}

    /** The Committee takes the application up: the admission ballot is opened. */
    record ApplicationPutToCommittee(UUID applicationId, UUID ballotId, Instant putAt) implements ApplicationEvent {}

    record MembershipApplicationWithdrawn(UUID applicationId, String reason, Instant withdrawnAt)
            implements ApplicationEvent {}

    /**
     * Admitted by the ballot; the member it creates gets {@code memberId}.
     *
     * @param admittedAt when the admission was recorded
     * @param admittedOn the day the admission took effect, the ballot's effective day. Revision 2: revision 1 events
     *     lack it, and their upcaster takes the day of {@code admittedAt} (UTC)
     */
    @SchemaRevision("2")
    record ApplicationAdmitted(
            UUID applicationId,
            UUID ballotId,
            UUID memberId,
            Organisation organisation,
            Instant admittedAt,
            LocalDate admittedOn)
            implements ApplicationEvent {}

    record ApplicationRejected(UUID applicationId, UUID ballotId, Instant rejectedAt) implements ApplicationEvent {}

    /** The ballot did not decide (no quorum): the application can be put to the Committee again. */
    record ApplicationDeferred(UUID applicationId, UUID ballotId, Instant deferredAt) implements ApplicationEvent {}

    /** Its admission ballot was cancelled without a decision: the application is reviewed and can be put again. */
    record ApplicationBallotCancelled(UUID applicationId, UUID ballotId, Instant at) implements ApplicationEvent {}
}
