package org.gsef.governance.kernel.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.TargetsAggregate;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** The commands of a membership application. */
public sealed interface ApplicationCommand {

    UUID applicationId();

    /** A command to an existing application, routed to it by its identifier. */
    sealed interface Targeted extends ApplicationCommand, TargetsAggregate {
        @Override
        default String aggregateId() {
            return applicationId().toString();
        }
    }

    /**
     * Puts an application to join GSEF on record. The sponsor is an existing member, if any. The statement of
     * distinctness, if any, says why the applicant is not the member or applicant whose name it shares.
     */
    record SubmitMembershipApplication(
            UUID applicationId,
            Organisation organisation,
            UUID sponsorMemberId,
            SealedPersonalData contact,
            SubmissionChannel channel,
            DistinctnessStatement distinctness)
            implements ApplicationCommand {
        public SubmitMembershipApplication {
            Require.present(applicationId, "applicationId");
            Require.present(organisation, "organisation");
            Require.present(channel, "channel");
        }
    }

    /** The Secretariat asks the applicant for more information before the application can go further. */
    record ReturnApplicationForInformation(UUID applicationId, String reason) implements Targeted {
        public ReturnApplicationForInformation {
            Require.present(applicationId, "applicationId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /**
     * The applicant answers: the application, amended, goes back to the Secretariat. A changed organisation may need a
     * statement of distinctness, as at submission.
     */
    record ResubmitMembershipApplication(
            UUID applicationId,
            Organisation organisation,
            SealedPersonalData contact,
            DistinctnessStatement distinctness)
            implements Targeted {
        public ResubmitMembershipApplication {
            Require.present(applicationId, "applicationId");
            Require.present(organisation, "organisation");
        }
    }

    /** The Secretariat finds the application complete: it can be put to the Committee. */
    record CompleteApplicationReview(UUID applicationId) implements Targeted {
        public CompleteApplicationReview {
            Require.present(applicationId, "applicationId");
        }
    }

    /** The applicant, or the Secretariat for them, withdraws the application before the Committee decides. */
    record WithdrawMembershipApplication(UUID applicationId, String reason) implements Targeted {
        public WithdrawMembershipApplication {
            Require.present(applicationId, "applicationId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /**
     * Erases the contact person of the application: their key is deleted, so every event that holds them reads as
     * erased, while the events themselves (and their hash chain) stay as they were. The erasure is recorded.
     */
    record EraseApplicationContact(UUID applicationId, String reason) implements Targeted {
        public EraseApplicationContact {
            Require.present(applicationId, "applicationId");
            reason = Require.text(reason, "reason", 2000).strip();
        }
    }

    /**
     * Carries the result of the admission ballot into the application, with the day it took effect; sent by the
     * governance process only.
     */
    record RecordAdmissionDecision(UUID applicationId, UUID ballotId, ApplicationStatus decision, LocalDate effectiveOn)
            implements Targeted {
        public RecordAdmissionDecision {
            Require.present(applicationId, "applicationId");
            Require.present(ballotId, "ballotId");
            Require.present(effectiveOn, "effectiveOn");
            if (decision != ApplicationStatus.ADMITTED
                    && decision != ApplicationStatus.REJECTED
                    && decision != ApplicationStatus.DEFERRED) {
                throw new IllegalArgumentException("a decision admits, rejects or defers");
            }
        }
    }

    /** The admission ballot was cancelled: the application goes back to the Secretariat; sent by the process only. */
    record ReleaseFromCommittee(UUID applicationId, UUID ballotId) implements Targeted {
        public ReleaseFromCommittee {
            Require.present(applicationId, "applicationId");
            Require.present(ballotId, "ballotId");
        }
    }
}
