package org.gsef.governance.query.membership;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
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
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldRow;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the membership application read model: stage, organisation, sealed contact (unsealed only when read), the
 * ballot that decides it, and the aggregate version for conditional requests. A fold: an event changes the application's
 * row in memory, written once per batch.
 */
@Component
@ProcessingGroup(MembershipApplicationProjection.PROCESSOR)
public class MembershipApplicationProjection implements Folding {

    public static final String PROCESSOR = "membership-applications";
    static final FoldTable APPLICATIONS = FoldTable.of("membership_application_view", "application_id");

    public static final ReadModel READ_MODEL =
            ReadModel.of(PROCESSOR, MembershipApplicationProjection::new, APPLICATIONS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public MembershipApplicationProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(MembershipApplicationSubmitted event, @SequenceNumber long version) {
        FoldRow row = fold.batch().row(APPLICATIONS, event.applicationId());
        organisation(row, event.organisation(), event.contact(), false);
        row.set("sponsor_member_id", event.sponsorMemberId())
                .set("channel", event.channel().name())
                .set("status", ApplicationStatus.SUBMITTED.name())
                .set("submitted_at", timestamp(event.submittedAt()))
                .set("updated_at", timestamp(event.submittedAt()))
                .set("version", version);
    }

    @EventHandler
    void on(MembershipApplicationResubmitted event, @SequenceNumber long version) {
        application(event.applicationId()).ifPresent(row -> {
            organisation(row, event.organisation(), event.contact(), true);
            row.set("status", ApplicationStatus.SUBMITTED.name())
                    .set("note", null)
                    .set("updated_at", timestamp(event.resubmittedAt()))
                    .set("version", version);
        });
    }

    @EventHandler
    void on(ApplicationReturnedForInformation event, @SequenceNumber long version) {
        stage(
                event.applicationId(),
                ApplicationStatus.RETURNED_FOR_INFORMATION,
                event.reason(),
                event.returnedAt(),
                version);
    }

    /** The contact reads as erased by itself (its key is gone); the version moves on for conditional requests. */
    @EventHandler
    void on(ApplicationContactErased event, @SequenceNumber long version) {
        application(event.applicationId()).ifPresent(row -> row.set("version", version));
    }

    /** The Secretariat's statement of distinctness is read in the audit trail; the version moves on. */
    @EventHandler
    void on(OrganisationDistinctnessStated event, @SequenceNumber long version) {
        application(event.applicationId()).ifPresent(row -> row.set("version", version));
    }

    @EventHandler
    void on(ApplicationReviewCompleted event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.REVIEWED, null, event.reviewedAt(), version);
    }

    @EventHandler
    void on(ApplicationPutToCommittee event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.BEFORE_COMMITTEE, null, event.putAt(), version);
        application(event.applicationId()).ifPresent(row -> row.set("ballot_id", event.ballotId()));
    }

    @EventHandler
    void on(MembershipApplicationWithdrawn event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.WITHDRAWN, event.reason(), event.withdrawnAt(), version);
    }

    @EventHandler
    void on(ApplicationAdmitted event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.ADMITTED, null, event.admittedAt(), version);
        application(event.applicationId()).ifPresent(row -> row.set("member_id", event.memberId()));
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.REJECTED, null, event.rejectedAt(), version);
    }

    @EventHandler
    void on(ApplicationDeferred event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.DEFERRED, null, event.deferredAt(), version);
    }

    /** The admission ballot was cancelled: the application is back with the Secretariat, reviewed. */
    @EventHandler
    void on(ApplicationBallotCancelled event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.REVIEWED, null, event.at(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM membership_application_view").update();
    }

    private Optional<FoldRow> application(UUID id) {
        return fold.batch().find(APPLICATIONS, id);
    }

    private void stage(UUID id, ApplicationStatus status, String note, Instant at, long version) {
        application(id)
                .ifPresent(row -> row.set("status", status.name())
                        .set("note", note)
                        .set("updated_at", timestamp(at))
                        .set("version", version));
    }

    /** The organisation's columns; on a resubmission without a new contact, the contact stays as it was. */
    private static void organisation(
            FoldRow row, Organisation organisation, SealedPersonalData contact, boolean keepContact) {
        row.set("organisation_name", organisation.name())
                .set("kind", organisation.kind().name())
                .set("country", organisation.country())
                .set(
                        "region",
                        organisation.region() == null
                                ? null
                                : organisation.region().name())
                .set("city", organisation.city())
                .set("preferred_language", organisation.language().name());
        if (contact != null || !keepContact) {
            row.set("contact_subject", contact == null ? null : contact.subjectId())
                    .set("contact_ciphertext", contact == null ? null : contact.ciphertext());
        }
    }
}
