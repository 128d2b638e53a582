package org.gsef.governance.kernel.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gsef.governance.kernel.common.SchemaRevision;
import org.gsef.governance.kernel.privacy.SealedPersonalData;

/** Everything that changes the Steering Committee's composition or its register of decisions. */
public sealed interface CommitteeEvent {

    /**
     * @param at when the seat was recorded
     * @param effectiveOn the day the seat took effect: the day of {@code at}, or an earlier day when a seat held before
     *     is entered later (the 2019 Committee). Revision 2: revision 1 events lack it, and their upcaster takes the
     *     day of {@code at} (UTC)
     */
    @SchemaRevision("2")
    record SeatEstablished(
            String seat, String organisationName, UUID memberId, SeatOffice office, Instant at, LocalDate effectiveOn)
            implements CommitteeEvent {}

    /** @param effectiveOn the day the appointment took effect; revision 2, as {@link SeatEstablished} */
    @SchemaRevision("2")
    record DelegateAppointed(
            String seat, String delegateUserId, String previousDelegateUserId, Instant at, LocalDate effectiveOn)
            implements CommitteeEvent {}

    /** @param effectiveOn the day the seat ended; revision 2, as {@link SeatEstablished} */
    @SchemaRevision("2")
    record SeatRetired(String seat, String reason, Instant at, LocalDate effectiveOn) implements CommitteeEvent {}

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
