package org.gsef.governance.query.membership;

import static org.gsef.governance.query.readmodel.Rows.timestamp;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the membership application read model: stage, organisation, sealed contact (unsealed only when read), the
 * ballot that decides it, and the aggregate version for conditional requests.
 */
@Component
@ProcessingGroup(MembershipApplicationProjection.PROCESSOR)
public class MembershipApplicationProjection {

    public static final String PROCESSOR = "membership-applications";

    private final JdbcClient jdbc;

    public MembershipApplicationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MembershipApplicationSubmitted event, @SequenceNumber long version) {
        Map<String, Object> row = organisation(event.applicationId(), event.organisation(), event.contact());
        row.put("sponsor", event.sponsorMemberId());
        row.put("channel", event.channel().name());
        row.put("status", ApplicationStatus.SUBMITTED.name());
        row.put("at", timestamp(event.submittedAt()));
        row.put("version", version);
        Rows.upsert(jdbc, """
                UPDATE membership_application_view
                   SET organisation_name = :name, kind = :kind, country = :country, region = :region, city = :city,
                       preferred_language = :language, contact_subject = :contactSubject,
                       contact_ciphertext = :contactCiphertext, sponsor_member_id = :sponsor, channel = :channel,
                       status = :status, submitted_at = :at, updated_at = :at, version = :version
                 WHERE application_id = :id""", """
                INSERT INTO membership_application_view
                       (application_id, organisation_name, kind, country, region, city, preferred_language,
                        contact_subject, contact_ciphertext, sponsor_member_id, channel, status, submitted_at,
                        updated_at, version)
                VALUES (:id, :name, :kind, :country, :region, :city, :language, :contactSubject, :contactCiphertext,
                        :sponsor, :channel, :status, :at, :at, :version)""", row);
    }

    @EventHandler
    void on(MembershipApplicationResubmitted event, @SequenceNumber long version) {
        Map<String, Object> row = organisation(event.applicationId(), event.organisation(), event.contact());
        row.put("status", ApplicationStatus.SUBMITTED.name());
        row.put("at", timestamp(event.resubmittedAt()));
        row.put("version", version);
        jdbc.sql("""
                        UPDATE membership_application_view
                           SET organisation_name = :name, kind = :kind, country = :country, region = :region,
                               city = :city, preferred_language = :language,
                               contact_subject = COALESCE(:contactSubject, contact_subject),
                               contact_ciphertext = COALESCE(:contactCiphertext, contact_ciphertext),
                               status = :status, note = NULL, updated_at = :at, version = :version
                         WHERE application_id = :id""").params(row).update();
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
        jdbc.sql("UPDATE membership_application_view SET version = :version WHERE application_id = :id")
                .param("version", version)
                .param("id", event.applicationId())
                .update();
    }

    /** The Secretariat's statement of distinctness is read in the audit trail; the version moves on. */
    @EventHandler
    void on(OrganisationDistinctnessStated event, @SequenceNumber long version) {
        jdbc.sql("UPDATE membership_application_view SET version = :version WHERE application_id = :id")
                .param("version", version)
                .param("id", event.applicationId())
                .update();
    }

    @EventHandler
    void on(ApplicationReviewCompleted event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.REVIEWED, null, event.reviewedAt(), version);
    }

    @EventHandler
    void on(ApplicationPutToCommittee event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.BEFORE_COMMITTEE, null, event.putAt(), version);
        jdbc.sql("UPDATE membership_application_view SET ballot_id = :ballot WHERE application_id = :id")
                .param("ballot", event.ballotId())
                .param("id", event.applicationId())
                .update();
    }

    @EventHandler
    void on(MembershipApplicationWithdrawn event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.WITHDRAWN, event.reason(), event.withdrawnAt(), version);
    }

    @EventHandler
    void on(ApplicationAdmitted event, @SequenceNumber long version) {
        stage(event.applicationId(), ApplicationStatus.ADMITTED, null, event.admittedAt(), version);
        jdbc.sql("UPDATE membership_application_view SET member_id = :member WHERE application_id = :id")
                .param("member", event.memberId())
                .param("id", event.applicationId())
                .update();
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

    private void stage(UUID id, ApplicationStatus status, String note, Instant at, long version) {
        jdbc.sql("""
                        UPDATE membership_application_view
                           SET status = :status, note = :note, updated_at = :at, version = :version
                         WHERE application_id = :id""")
                .param("status", status.name())
                .param("note", note)
                .param("at", timestamp(at))
                .param("version", version)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> organisation(UUID id, Organisation organisation, SealedPersonalData contact) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", organisation.name());
        row.put("kind", organisation.kind().name());
        row.put("country", organisation.country());
        row.put(
                "region",
                organisation.region() == null ? null : organisation.region().name());
        row.put("city", organisation.city());
        row.put("language", organisation.language().name());
        row.put("contactSubject", contact == null ? null : contact.subjectId());
        row.put("contactCiphertext", contact == null ? null : contact.ciphertext());
        return row;
    }
}
