package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.util.Map;
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

    /**
     * The standing rules the Committee starts from, for the decision types that had none: recorded once, with the
     * source they come from (the deployment's configuration), before the first ballot of such a type opens.
     */
    record StandingRulesRecorded(Map<DecisionType, StandingRule> rules, String source, Instant at)
            implements CommitteeEvent {}

    /** A standing rule the Committee adopted by the ballot named. */
    record StandingRuleAdopted(DecisionType type, StandingRule rule, UUID ballotId, Instant at)
            implements CommitteeEvent {}

    record ConflictOfInterestDeclared(String seat, UUID referenceId, String reason, Instant at)
            implements CommitteeEvent {}
}
