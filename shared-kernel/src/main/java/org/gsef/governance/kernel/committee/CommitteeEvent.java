package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.util.UUID;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** Everything that changes the Steering Committee's composition or its register of decisions. */
public sealed interface CommitteeEvent {

    record SeatEstablished(String seat, String organisationName, UUID memberId, SeatOffice office, Instant at)
            implements CommitteeEvent {}

    record DelegateAppointed(String seat, String delegateUserId, String previousDelegateUserId, Instant at)
            implements CommitteeEvent {}

    record SeatRetired(String seat, String reason, Instant at) implements CommitteeEvent {}

    record AdvisorRecorded(UUID advisorId, SealedPersonalData name, int appointedIn, Instant at)
            implements CommitteeEvent {}

    /** The advisor's name was erased: its key no longer exists. */
    record AdvisorNameErased(UUID advisorId, String reason, Instant at) implements CommitteeEvent {}

    /** A resolution adopted, or an advisor appointed, by the ballot named. */
    record CommitteeDecisionRecorded(UUID ballotId, BallotSubject subject, Instant at) implements CommitteeEvent {}
}
